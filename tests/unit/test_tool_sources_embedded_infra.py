"""Tenth round, tool sources: embedded, infrastructure and scripting tools.

Each case is a short log written for this test (made-up hosts, packages and paths; no project's
CI log is copied) around one message the tool prints, as its source code words it. The comment
beside each case names the tool, its repository and the file the message comes from: that is
what the expected verdict rests on. Outages (a 5xx, a timeout, a mirror or registry not
answering, a rate limit, a lock held by another process) must read transient; persistent causes
(a pinned version that is not there, 401/403, a checksum of a pinned artifact, an unknown
package) must not."""

from __future__ import annotations

import pytest
from judging import judge

GHA = "Error: Process completed with exit code 1.\n"
CIRCLE = "Exited with code exit status 1\n"

TRANSIENT = [
    # arduino-cli (arduino/arduino-cli): internal/arduino/resources/index.go "Error downloading
    # index '%s'" around httpclient.go "Download failed" and go.bug.st/downloader's "server
    # returned %s"; commands/instances.go "Some indexes could not be updated."
    ("arduino-index-503",
     "$ arduino-cli core update-index\n"
     "Downloading index: library_index.tar.bz2 downloaded\n"
     "Downloading index: package_index.tar.bz2 Download failed: server returned 503 Service Unavailable\n"
     "Some indexes could not be updated.\n" + GHA),
    # arduino-cli: en.po "Error updating indexes: %v" (cli/instance/instance.go in 0.x releases)
    ("arduino-update-indexes-502",
     "$ arduino-cli core install examplecorp:avr\n"
     "Error updating indexes: Error downloading index 'https://downloads.example.org/packages/package_index.json': "
     "Download failed: server returned 502 Bad Gateway\n" + GHA),
    # arduino-cli: internal/cli/instance/instance.go "Error initializing instance: %v" with the
    # index download's cause (a TLS handshake that timed out, not a certificate problem)
    ("arduino-init-tls-timeout",
     "$ arduino-cli compile --fqbn examplecorp:avr:uno sketch\n"
     "Error initializing instance: Error downloading index 'https://203.0.113.7/package_example_index.json': "
     "Download failed: Get \"https://203.0.113.7/package_example_index.json\": net/http: TLS handshake timeout\n"
     + GHA),
    # arduino-cli: internal/arduino/cores/packagemanager/download.go "Error downloading tool %s",
    # internal/cli/core/install.go "Error during install: %v"
    ("arduino-tool-500",
     "$ arduino-cli core install examplecorp:avr@1.8.6\n"
     "Downloading packages\n"
     "examplecorp:avr-gcc@7.3.0 Download failed: server returned 500 Internal Server Error\n"
     "Error during install: Error downloading tool examplecorp:avr-gcc@7.3.0: Download failed: "
     "server returned 500 Internal Server Error\n" + GHA),
    # PlatformIO (platformio/platformio-core): platformio/package/download.py "Got the
    # unrecognized status code '{0}' when downloaded {1}", printed by __main__.py as
    # "<ExceptionClass>: <message>"; _registry.py "Warning! Package Mirror: %s"
    ("platformio-mirror-503",
     "Tool Manager: Installing platformio/toolchain-example @ ~1.70300.0\n"
     "Warning! Package Mirror: Got the unrecognized status code '503' when downloaded "
     "https://dl.registry.example.org/download/platformio/tool/toolchain-example/1.70300.191015/x.tar.gz\n"
     "Looking for another mirror...\n"
     "PackageException: Got the unrecognized status code '503' when downloaded "
     "https://dl.registry.example.org/download/platformio/tool/toolchain-example/1.70300.191015/x.tar.gz\n"
     + GHA),
    # PlatformIO: platformio/http.py InternetConnectionError.MESSAGE
    ("platformio-no-internet",
     "Resolving uno dependencies...\n"
     "InternetConnectionError: You are not connected to the Internet.\n"
     "PlatformIO needs the Internet connection to download dependent packages or to work with PlatformIO Account.\n"
     + GHA),
    # PlatformIO: platformio/http.py HTTPClientError(str(exc)) after urllib3's Retry(status_forcelist
    # 429/5xx) ran out
    ("platformio-http-retries",
     "Library Manager: Installing examplecorp/ExampleLib @ ^1.2.0\n"
     "HTTPClientError: HTTPSConnectionPool(host='api.registry.example.org', port=443): Max retries exceeded "
     "with url: /v3/packages/examplecorp/library/ExampleLib (Caused by ResponseError('too many 502 error responses'))\n"
     + GHA),
    # rustup (rust-lang/rustup): src/errors.rs "component download failed for {0}" and "could not
    # download file from '{url}' to '{}'", src/download/mod.rs "error downloading file"; printed
    # by cli/common.rs report_error as one "error: a: b: c" line
    ("rustup-component-download",
     "info: downloading component 'rust-std'\n"
     "info: downloading component 'rustc'\n"
     "error: component download failed for rust-std-x86_64-unknown-linux-gnu: could not download file from "
     "'https://static.example.org/dist/2024-06-13/rust-std-1.79.0-x86_64-unknown-linux-gnu.tar.xz' to "
     "'/home/runner/.rustup/downloads/0a1b2c.partial': error downloading file: error decoding response body\n"
     + GHA),
    # rustup: src/download/mod.rs "http request returned an unsuccessful status code: {0}"
    ("rustup-manifest-503",
     "info: syncing channel updates for 'stable-x86_64-unknown-linux-gnu'\n"
     "error: could not download file from 'https://static.example.org/dist/channel-rust-stable.toml.sha256' to "
     "'/home/runner/.rustup/tmp/9f8e7d_file': http request returned an unsuccessful status code: 503\n"
     + GHA),
    # rustup (error-chain releases): "could not download file" then "info: caused by:" lines
    ("rustup-caused-by",
     "info: downloading component 'cargo'\n"
     "error: component download failed for cargo-x86_64-unknown-linux-gnu\n"
     "info: caused by: could not download file from 'https://static.example.org/dist/cargo.tar.xz' to "
     "'/home/runner/.rustup/downloads/5e6f.partial'\n"
     "info: caused by: failed to make network request\n"
     "info: caused by: error sending request for url (https://static.example.org/dist/cargo.tar.xz): operation timed out\n"
     + CIRCLE),
    # Deno (denoland/deno): libs/cache_dir/file_fetcher/mod.rs "Import '{url}' failed: {status_code}"
    ("deno-import-503",
     "Download https://deno.example.org/std@0.200.0/fs/mod.ts\n"
     "error: Import 'https://deno.example.org/std@0.200.0/fs/mod.ts' failed: 503 Service Unavailable\n"
     "    at file:///home/runner/work/app/app/main.ts:1:20\n" + GHA),
    # Deno: file_fetcher/mod.rs "Import '{url}' failed." with its cause indented under "0:"
    ("deno-import-failed-cause",
     "error: Import 'https://deno.example.org/x/oak@v12.6.1/mod.ts' failed.\n"
     "    0: error sending request for url (https://deno.example.org/x/oak@v12.6.1/mod.ts): client error (Connect)\n"
     "    1: tcp connect error: Connection timed out (os error 110)\n" + GHA),
    # Deno: libs/npm_cache/registry_info.rs "Failed loading {url} for package \"{name}\"" with
    # cli/http_util.rs "Bad response: {status}"
    ("deno-npm-registry-502",
     "Download https://registry.example.org/chalk\n"
     "error: Failed loading https://registry.example.org/chalk for package \"chalk\"\n"
     "\n"
     "Caused by:\n"
     "    0: Bad response: 502\n" + GHA),
    # Deno: libs/npm_cache/tarball.rs "Failed caching npm package '{package_nv}'"
    ("deno-npm-tarball-500",
     "Download https://registry.example.org/left-pad/-/left-pad-1.3.0.tgz\n"
     "error: Failed caching npm package 'left-pad@1.3.0'\n"
     "\n"
     "Caused by:\n"
     "    0: Bad response: 500\n" + GHA),
    # Ansible Galaxy (ansible/ansible): lib/ansible/galaxy/api.py "Unknown error when attempting
    # to call Galaxy at '%s': %s", printed as "ERROR! ..."
    ("galaxy-unknown-timeout",
     "Starting galaxy collection install process\n"
     "Process install dependency map\n"
     "ERROR! Unknown error when attempting to call Galaxy at 'https://galaxy.example.org/api/': The read operation timed out\n"
     + GHA),
    ("galaxy-unknown-remote-closed",
     "Starting galaxy role install process\n"
     "[ERROR]: Unknown error when attempting to call Galaxy at 'https://galaxy.example.org/api/v1/roles/': "
     "Remote end closed connection without response\n" + GHA),
    # Ansible Galaxy: api.py GalaxyError "%s (HTTP Code: %d, Message: %s)" with the context
    # "Error when finding available api versions from %s (%s)"
    ("galaxy-api-versions-502",
     "Starting galaxy collection install process\n"
     "ERROR! Error when finding available api versions from default (https://galaxy.example.org) "
     "(HTTP Code: 502, Message: Bad Gateway)\n" + GHA),
    # Ansible Galaxy: api.py "Error when getting available collection versions for %s.%s from %s (%s)"
    # and the v3 form "(HTTP Code: %d, Message: %s Code: %s)"
    ("galaxy-versions-504",
     "Process install dependency map\n"
     "ERROR! Error when getting available collection versions for community.general from default "
     "(https://galaxy.example.org/api/) (HTTP Code: 504, Message: Gateway Timeout Code: Unknown)\n" + GHA),
    ("galaxy-rate-429",
     "Process install dependency map\n"
     "ERROR! Error when getting collection version metadata for examplens.tools:1.2.3 from default "
     "(https://galaxy.example.org/api/) (HTTP Code: 429, Message: Too Many Requests Code: throttled)\n" + GHA),
    # Ansible Galaxy: collection/concrete_artifact_manager.py "Failed to download collection tar
    # from '{coll_src!s}': {download_err!s}"
    ("galaxy-tar-reset",
     "Downloading https://galaxy.example.org/download/examplens-tools-1.2.3.tar.gz to /home/runner/.ansible/tmp/x\n"
     "ERROR! Failed to download collection tar from 'default': <urlopen error [Errno 104] Connection reset by peer>\n"
     + GHA),
    # Pulumi (pulumi/pulumi): sdk/go/common/workspace/plugins.go "%d HTTP error fetching plugin
    # from %s", pkg/engine/plugins.go "failed to download plugin: %s: %w"
    ("pulumi-plugin-503",
     "Installing plugin aws-6.0.0\n"
     "error: failed to download plugin: aws-6.0.0: 503 HTTP error fetching plugin from "
     "https://get.example.org/releases/plugins/pulumi-resource-aws-v6.0.0-linux-amd64.tar.gz\n" + GHA),
    # Pulumi: pkg/workspace/plugin.go "error downloading provider: %s\nWill retry in %v [%d/%d]"
    # then "error downloading provider %s to file: %w"
    ("pulumi-provider-retries",
     "Downloading provider: random\n"
     "warning: error downloading provider: 502 HTTP error fetching plugin from https://get.example.org/random.tar.gz\n"
     "Will retry in 80ms [1/5]\n"
     "warning: error downloading provider: 502 HTTP error fetching plugin from https://get.example.org/random.tar.gz\n"
     "Will retry in 160ms [2/5]\n"
     "error: error downloading provider random to file: 502 HTTP error fetching plugin from https://get.example.org/random.tar.gz\n"
     + GHA),
    # Pulumi: plugins.go "rate limit exceeded: %w" (GitHub's 403 rate limit) under plugin_install.go
    # "%s downloading from %s: %w"
    ("pulumi-rate-limit",
     "error: [resource plugin examplecloud-1.4.0] downloading from https://api.github.com/repos/example/pulumi-examplecloud: "
     "rate limit exceeded: GET https://api.github.com/repos/example/pulumi-examplecloud/releases/tags/v1.4.0: "
     "403 API rate limit exceeded for 203.0.113.7.\n" + GHA),
    # Packer (hashicorp/packer): command/init.go "Failed getting the %q plugin:" and
    # packer/plugin-getter/plugins.go "Plugin host rate limited the plugin getter. Try again in %s."
    ("packer-rate-limited",
     "==> packer init .\n"
     "Failed getting the \"github.com/examplecorp/amazon\" plugin:\n"
     "1 error occurred:\n"
     "\t* Plugin host rate limited the plugin getter. Try again in 41m12s.\n"
     "HINT: Set the PACKER_GITHUB_API_TOKEN env var with a token to get more requests.\n"
     "GET https://api.github.com/repos/examplecorp/packer-plugin-amazon/git/matching-refs/tags: 403 API rate limit exceeded for 203.0.113.7.\n"
     + GHA),
    # Packer: plugins.go "could not get binary for %s version %s. Is the file present on the release
    # and correctly named ? %s", the cause a network timeout
    ("packer-binary-timeout",
     "Failed getting the \"github.com/examplecorp/docker\" plugin:\n"
     "1 error occurred:\n"
     "\t* could not get binary for github.com/examplecorp/docker version 1.0.8. Is the file present on the release "
     "and correctly named ? Get \"https://github.com/examplecorp/packer-plugin-docker/releases/download/v1.0.8/x.zip\": "
     "dial tcp 203.0.113.7:443: i/o timeout\n" + GHA),
    # Vagrant (hashicorp/vagrant): templates/locales/en.yml downloader_error, the curl message
    # lib/vagrant/util/downloader.rb lifts from curl's stderr on the last line
    ("vagrant-download-503",
     "==> default: Adding box 'examplecorp/focal64' (v20240101.0.0) for provider: virtualbox\n"
     "    default: Downloading: https://vagrant.example.org/examplecorp/boxes/focal64/virtualbox.box\n"
     "An error occurred while downloading the remote file. The error\n"
     "message, if any, is reproduced below. Please fix this error and try\n"
     "again.\n"
     "\n"
     "The requested URL returned error: 503\n" + GHA),
    # Vagrant: en.yml box_metadata_download_error
    ("vagrant-metadata-502",
     "==> default: Loading metadata for box 'examplecorp/focal64'\n"
     "    default: URL: https://vagrant.example.org/examplecorp/focal64\n"
     "There was an error while downloading the metadata for this box.\n"
     "The error message is shown below:\n"
     "\n"
     "The requested URL returned error: 502\n" + GHA),
    # Vagrant: en.yml download_already_in_progress_error (a lock file another process holds)
    ("vagrant-download-locked",
     "==> default: Box 'examplecorp/focal64' could not be found. Attempting to find and install...\n"
     "Download to global Vagrant location already in progress. This\n"
     "may be caused by other Vagrant processes attempting to download\n"
     "a file to the same location.\n"
     "\n"
     "Download path: /home/runner/.vagrant.d/tmp/box0a1b2c\n"
     "Lock file path: /home/runner/.vagrant.d/data/lock.dl-0a1b2c.lock\n" + GHA),
    # Go (golang/go): src/cmd/go/internal/web/api.go HTTPError "reading %s: %v" for the module proxy
    ("go-proxy-502",
     "go: downloading github.com/example/mod v1.2.3\n"
     "go: github.com/example/mod@v1.2.3: reading https://proxy.golang.org/github.com/example/mod/@v/v1.2.3.zip: 502 Bad Gateway\n"
     + GHA),
    # Go: src/cmd/go/internal/modfetch/fetch.go checkSumDB "verifying module: %v" around a checksum
    # database that did not answer
    ("go-sumdb-503",
     "go: downloading github.com/example/mod v1.2.3\n"
     "verifying github.com/example/mod@v1.2.3: github.com/example/mod@v1.2.3: verifying module: "
     "github.com/example/mod@v1.2.3: reading https://sum.golang.org/lookup/github.com/example/mod@v1.2.3: "
     "503 Service Unavailable\n" + GHA),
    ("go-sumdb-tile-504",
     "go: github.com/example/mod@v1.2.3: verifying go.mod: github.com/example/mod@v1.2.3/go.mod: "
     "reading https://sum.golang.org/tile/8/1/234: 504 Gateway Timeout\n" + GHA),
    # Go: src/cmd/go/internal/toolchain/select.go "download %s: %v" (a toolchain download cut off)
    ("go-toolchain-reset",
     "go: downloading go1.22.1 (linux/amd64)\n"
     "go: download go1.22.1: golang.org/toolchain@v0.0.1-go1.22.1.linux-amd64: read tcp "
     "10.1.0.4:51234->203.0.113.7:443: read: connection reset by peer\n" + GHA),
    # --- the tool's own wording where the cause is less explicit ---
    # arduino-cli: httpclient.go "Download failed" around a body cut short
    ("arduino-tool-eof",
     "Downloading packages\n"
     "examplecorp:bossac@1.9.1 Download failed: unexpected EOF\n"
     "Error during install: Error downloading tool examplecorp:bossac@1.9.1: Download failed: unexpected EOF\n"
     + GHA),
    # PlatformIO: platformio/package/lockfile.py LockFileTimeoutError (raised without a message)
    ("platformio-lock-timeout",
     "Tool Manager: Installing platformio/tool-scons @ ~4.40700.0\n"
     "LockFileTimeoutError: \n" + GHA),
    # PlatformIO: download.py "The size ({0:d} bytes) of downloaded file '{1}' is not equal to
    # remote size ({2:d} bytes)" (a download cut short)
    ("platformio-size-short",
     "Tool Manager: Installing platformio/framework-example @ ~3.20017.0\n"
     "Downloading  [####################################]  100%\n"
     "PackageException: The size (10485760 bytes) of downloaded file 'framework-example.tar.gz' is not equal "
     "to remote size (52428800 bytes)\n" + GHA),
    # rustup: src/errors.rs "partially downloaded file may have been damaged and was removed, please try again"
    ("rustup-partial-removed",
     "info: downloading component 'rust-docs'\n"
     "error: partially downloaded file may have been damaged and was removed, please try again\n" + GHA),
    # rustup: src/errors.rs "partially downloaded file was kept for resumption, please try again"
    ("rustup-partial-kept",
     "info: downloading component 'rustc'\n"
     "error: partially downloaded file was kept for resumption, please try again\n" + GHA),
    # Deno: file_fetcher "Import '{url}' failed." with hyper's connection dropped mid-response
    ("deno-import-closed",
     "error: Import 'https://deno.example.org/std@0.200.0/path/mod.ts' failed.\n"
     "    0: error sending request for url (https://deno.example.org/std@0.200.0/path/mod.ts): "
     "connection closed before message completed\n" + GHA),
    # Ansible Galaxy: api.py should_retry_error lists 520 ("Galaxy rate limit error code") and
    # IncompleteRead/BadStatusLine as retryable; the messages the user sees
    ("galaxy-520",
     "ERROR! Error when getting available collection versions for community.docker from default "
     "(https://galaxy.example.org/api/) (HTTP Code: 520, Message: Unknown Code: Unknown)\n" + GHA),
    ("galaxy-incomplete-read",
     "ERROR! Unknown error when attempting to call Galaxy at 'https://galaxy.example.org/api/v3/collections/': "
     "IncompleteRead(4096 bytes read, 1210 more expected)\n" + GHA),
    # Pulumi: plugins.go "expected %d bytes but copied %d when downloading plugin %s"
    ("pulumi-short-copy",
     "error: failed to download plugin: aws-6.0.0: expected 129761234 bytes but copied 33554432 when "
     "downloading plugin aws-6.0.0\n" + GHA),
    # Vagrant: downloader.rb lifts curl's "(18) transfer closed with ... bytes remaining to read"
    ("vagrant-transfer-closed",
     "    default: Downloading: https://vagrant.example.org/examplecorp/boxes/focal64/virtualbox.box\n"
     "An error occurred while downloading the remote file. The error\n"
     "message, if any, is reproduced below. Please fix this error and try\n"
     "again.\n"
     "\n"
     "transfer closed with 412341234 bytes remaining to read\n" + GHA),
    # Go: fetch.go "verifying module: %v" around a checksum database request that timed out
    ("go-sumdb-client-timeout",
     "verifying github.com/example/mod@v1.2.3/go.mod: github.com/example/mod@v1.2.3/go.mod: verifying module: "
     "github.com/example/mod@v1.2.3/go.mod: Get \"https://sum.golang.org/lookup/github.com/example/mod@v1.2.3\": "
     "net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n"
     + GHA),
]

REAL = [
    # arduino-cli: the same index download path, but the 3rd-party URL is not there (404)
    ("arduino-index-404",
     "$ arduino-cli core update-index --additional-urls https://example.org/package_example_index.json\n"
     "Downloading index: package_index.tar.bz2 downloaded\n"
     "Downloading index: package_example_index.json Download failed: server returned 404 Not Found\n"
     "Some indexes could not be updated.\n" + GHA),
    # arduino-cli: commands/cmderrors/cmderrors.go "Platform '%s' not found"
    ("arduino-platform-not-found",
     "$ arduino-cli core install examplecorp:samd@9.9.9\n"
     "Error during install: Platform 'examplecorp:samd@9.9.9' not found: platform examplecorp:samd@9.9.9 is not found\n"
     + GHA),
    # arduino-cli: cmderrors.go "Library '%s' not found", internal/cli/lib/install.go "Error installing %s: %v"
    ("arduino-library-not-found",
     "$ arduino-cli lib install ExampleLib@9.9.9\n"
     "Error installing ExampleLib: Library 'ExampleLib@9.9.9' not found\n" + GHA),
    # arduino-cli: internal/arduino/resources/checksums.go "archive hash differs from hash in index"
    ("arduino-archive-hash",
     "Downloading packages\n"
     "examplecorp:avr-gcc@7.3.0 downloaded\n"
     "Error during install: Cannot install tool examplecorp:avr-gcc@7.3.0: testing archive checksum: "
     "archive hash differs from hash in index\n" + GHA),
    # PlatformIO: platformio/package/exception.py UnknownPackageError.MESSAGE
    ("platformio-unknown-package",
     "Library Manager: Installing examplecorp/ExampleLib @ ^9.9.9\n"
     "UnknownPackageError: Could not find the package with 'examplecorp/ExampleLib @ ^9.9.9' requirements "
     "for your system 'linux_x86_64'\n" + GHA),
    # PlatformIO: download.py, the status a pinned file that is not there returns
    ("platformio-download-404",
     "Tool Manager: Installing https://example.org/tools/toolchain-example-1.2.3.tar.gz\n"
     "PackageException: Got the unrecognized status code '404' when downloaded "
     "https://example.org/tools/toolchain-example-1.2.3.tar.gz\n" + GHA),
    # PlatformIO: download.py "The checksum '{0}' of the downloaded file '{1}' does not match to the remote '{2}'"
    ("platformio-checksum",
     "Tool Manager: Installing platformio/tool-example @ 1.2.3\n"
     "PackageException: The checksum 'a3f1c0ffee' of the downloaded file 'tool-example-1.2.3.tar.gz' "
     "does not match to the remote 'b4e2deadbeef'\n" + GHA),
    # PlatformIO: platformio/platform/exception.py "Unknown development platform '{0}'"
    ("platformio-unknown-platform",
     "Processing uno (platform: examplechip; board: uno)\n"
     "UnknownPlatform: Unknown development platform 'examplechip'\n" + GHA),
    # rustup: src/dist/mod.rs "no release found for '{0}'"
    ("rustup-no-release",
     "info: syncing channel updates for '1.99.0-x86_64-unknown-linux-gnu'\n"
     "error: no release found for '1.99.0'\n" + GHA),
    # rustup: src/errors.rs component_unavailable_msg "component {} is unavailable for download for channel '{}'"
    ("rustup-component-unavailable",
     "info: syncing channel updates for 'nightly-2024-01-01-x86_64-unknown-linux-gnu'\n"
     "error: component 'miri' for target 'x86_64-unknown-linux-gnu' is unavailable for download for channel 'nightly-2024-01-01'\n"
     + GHA),
    # rustup: src/download/mod.rs HttpStatus(404): the pinned dated toolchain is not on the server
    ("rustup-download-404",
     "error: could not download file from 'https://static.example.org/dist/2019-01-01/channel-rust-nightly.toml.sha256' "
     "to '/home/runner/.rustup/tmp/1a2b_file': http request returned an unsuccessful status code: 404\n" + GHA),
    # Deno: file_fetcher/mod.rs "Import '{0}' failed, not found."
    ("deno-import-not-found",
     "error: Import 'https://deno.example.org/x/nosuchmod@1.0.0/mod.ts' failed, not found.\n"
     "    at file:///home/runner/work/app/app/deps.ts:3:22\n" + GHA),
    # Deno: libs/npm/registry.rs "npm package '{package_name}' does not exist."
    ("deno-npm-missing",
     "error: npm package 'no-such-pkg-example' does not exist.\n" + GHA),
    # Deno: libs/npm/resolution/common.rs "Could not find version '{}' for npm package '{}'."
    ("deno-npm-version",
     "error: Could not find version '9.9.9' for npm package 'chalk'.\n" + GHA),
    # Deno: libs/cache_dir/cache.rs "Integrity check failed for {}\n\nActual: {}\nExpected: {}"
    ("deno-integrity",
     "error: Integrity check failed for https://deno.example.org/std@0.200.0/fs/mod.ts\n"
     "\n"
     "Actual: 0a1b2c3d\n"
     "Expected: 4e5f6a7b\n" + GHA),
    # Ansible Galaxy: api.py GalaxyError with a 404 for a collection that is not there
    ("galaxy-404",
     "Process install dependency map\n"
     "ERROR! Error when getting available collection versions for examplens.nope from default "
     "(https://galaxy.example.org/api/) (HTTP Code: 404, Message: Not found Code: not_found)\n" + GHA),
    # Ansible Galaxy: lib/ansible/galaxy/role.py "- sorry, %s was not found on %s."
    ("galaxy-role-sorry",
     "Starting galaxy role install process\n"
     "[WARNING]: - examplens.norole was NOT installed successfully: - sorry, examplens.norole was not found on "
     "https://galaxy.example.org/api/.\n"
     "ERROR! - you can use --ignore-errors to skip failed roles and finish processing the list.\n" + GHA),
    # Ansible Galaxy: api.py GalaxyError with 401 from a private hub
    ("galaxy-401",
     "ERROR! Error when finding available api versions from private (https://hub.example.org/api/galaxy/) "
     "(HTTP Code: 401, Message: Unauthorized)\n" + GHA),
    # Ansible Galaxy: api.py "Unknown error ..." whose cause is an untrusted certificate
    ("galaxy-cert",
     "ERROR! Unknown error when attempting to call Galaxy at 'https://hub.example.org/api/': <urlopen error "
     "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain (_ssl.c:1006)>\n"
     + GHA),
    # Ansible Galaxy: concrete_artifact_manager.py "Mismatch artifact hash with downloaded file"
    ("galaxy-hash",
     "Downloading https://galaxy.example.org/download/examplens-tools-1.2.3.tar.gz to /home/runner/.ansible/tmp/x\n"
     "ERROR! Mismatch artifact hash with downloaded file\n" + GHA),
    # Pulumi: plugins.go newGithubPrivateRepoError (a 404 from api.github.com)
    ("pulumi-plugin-404",
     "error: failed to download plugin: examplecloud-9.9.9: 404 HTTP error fetching plugin from "
     "https://api.github.com/repos/example/pulumi-examplecloud/releases/tags/v9.9.9. If this is a private GitHub "
     "repository, try providing a token via the GITHUB_TOKEN environment variable. See: https://github.com/settings/tokens\n"
     + GHA),
    # Pulumi: plugins.go newDownloadError with a 403 that is not a rate limit
    ("pulumi-plugin-403",
     "error: failed to download plugin: examplecloud-1.2.3: 403 HTTP error fetching plugin from "
     "https://get.example.org/releases/plugins/pulumi-resource-examplecloud-v1.2.3-linux-amd64.tar.gz\n" + GHA),
    # Packer: plugins.go "no release version found for constraints: %q"
    ("packer-no-release",
     "Failed getting the \"github.com/examplecorp/amazon\" plugin:\n"
     "1 error occurred:\n"
     "\t* no release version found for constraints: \">= 99.0.0\"\n" + GHA),
    # Packer: packer/plugin-getter/checksum.go "Checksums (%T) did not match.\nExpected: %s\nGot     : %s"
    ("packer-checksum",
     "Failed getting the \"github.com/examplecorp/amazon\" plugin:\n"
     "1 error occurred:\n"
     "\t* Checksums (*sha256.digest) did not match.\n"
     "Expected: 0a1b2c3d\n"
     "Got     : 4e5f6a7b\n"
     ". Is the checksum file correct ? Is the binary file correct ?\n" + GHA),
    # Vagrant: downloader_error with a 404 from curl
    ("vagrant-download-404",
     "    default: Downloading: https://vagrant.example.org/examplecorp/boxes/nobox/virtualbox.box\n"
     "An error occurred while downloading the remote file. The error\n"
     "message, if any, is reproduced below. Please fix this error and try\n"
     "again.\n"
     "\n"
     "The requested URL returned error: 404\n" + GHA),
    # Vagrant: en.yml box_add_short_not_found
    ("vagrant-box-not-found",
     "==> default: Box 'examplecorp/nobox' could not be found. Attempting to find and install...\n"
     "The box 'examplecorp/nobox' could not be found or could not be accessed in the remote catalog.\n"
     "If this is a private box on the HashiCorp Vagrant Public Registry, please verify\n"
     "you're logged in via `vagrant cloud auth login`. Also, please double-check the name.\n" + GHA),
    # Vagrant: en.yml box_checksum_mismatch
    ("vagrant-checksum",
     "The checksum of the downloaded box did not match the expected\n"
     "value. Please verify that you have the proper URL setup and that\n"
     "you're downloading the proper file.\n"
     "\n"
     "Expected: 0a1b2c3d\n"
     "Received: 4e5f6a7b\n" + GHA),
    # Go: toolchain/select.go "download %s for %s/%s: toolchain not available"
    ("go-toolchain-not-available",
     "go: downloading go1.99.0 (linux/amd64)\n"
     "go: download go1.99.0 for linux/amd64: toolchain not available\n" + GHA),
    # Go: modfetch/fetch.go "verifying module: checksum mismatch" / "SECURITY ERROR"
    ("go-checksum-mismatch",
     "go: downloading github.com/example/mod v1.2.3\n"
     "verifying github.com/example/mod@v1.2.3: checksum mismatch\n"
     "\tdownloaded: h1:0a1b2c3d=\n"
     "\tgo.sum:     h1:4e5f6a7b=\n"
     "\n"
     "SECURITY ERROR\n"
     "This download does NOT match an earlier download recorded in go.sum.\n" + GHA),
    # Go: web/api.go HTTPError "reading %s: %v\n\tserver response:%s%s" for a version that is not there
    ("go-proxy-404",
     "go: github.com/example/mod@v9.9.9: reading https://proxy.golang.org/github.com/example/mod/@v/v9.9.9.info: 404 Not Found\n"
     "\tserver response: not found: github.com/example/mod@v9.9.9: invalid version: unknown revision v9.9.9\n" + GHA),
    ("go-proxy-410",
     "go: github.com/example/private@v1.0.0: reading https://proxy.golang.org/github.com/example/private/@v/v1.0.0.mod: 410 Gone\n"
     "\tserver response: not found: github.com/example/private@v1.0.0: reading https://example.org/x: 404 Not Found\n"
     + GHA),
    # --- the tool's own wording where the cause is less explicit ---
    # Go: modload "module lookup disabled by GOPROXY=off"
    ("go-goproxy-off",
     "go: github.com/example/mod@v1.2.3: module lookup disabled by GOPROXY=off\n" + GHA),
    # Go: modfetch's "invalid version: unknown revision %s" for a pinned tag that is not there
    ("go-unknown-revision",
     "go: github.com/example/mod@v1.2.3: invalid version: unknown revision v1.2.3\n" + GHA),
    # Go: a private module without credentials (git asked for a password in a CI shell)
    ("go-private-no-credentials",
     "go: github.com/example/private@v1.0.0: invalid version: git ls-remote -q origin in "
     "/home/runner/go/pkg/mod/cache/vcs/0a1b: exit status 128:\n"
     "\tfatal: could not read Username for 'https://github.com': terminal prompts disabled\n" + GHA),
    # Packer: plugins.go "could not get binary for %s version %s. Is the file present on the release
    # and correctly named ? %s", the asset not on the release
    ("packer-binary-404",
     "Failed getting the \"github.com/examplecorp/docker\" plugin:\n"
     "1 error occurred:\n"
     "\t* could not get binary for github.com/examplecorp/docker version 1.0.8. Is the file present on the release "
     "and correctly named ? GET https://github.com/examplecorp/packer-plugin-docker/releases/download/v1.0.8/x.zip: "
     "404 Not Found\n" + GHA),
]


@pytest.mark.parametrize("log", [c[1] for c in TRANSIENT], ids=[c[0] for c in TRANSIENT])
def test_outage_wordings_read_transient(log):
    v = judge(log)
    assert v.verdict == "transient", v.rationale


@pytest.mark.parametrize("log", [c[1] for c in REAL], ids=[c[0] for c in REAL])
def test_persistent_causes_do_not_read_transient(log):
    v = judge(log)
    assert v.verdict == "real", v.rationale
