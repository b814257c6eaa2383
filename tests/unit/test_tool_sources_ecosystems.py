"""Tenth round, tool sources: language ecosystems (conda, mamba, rattler/pixi, Hex and mix, opam,
cabal-install, Stack, ghcup, Julia's Pkg, Nix, LuaRocks).

Each case is a short log written for this test around one message as the tool prints it: the
wording comes from the tool's source (repository and path beside each case), the hosts, packages
and paths are made up. A network, mirror, registry or lock failure must read transient; a missing
version, refused credentials, an untrusted certificate or a checksum that does not match must not."""

from __future__ import annotations

import pytest
from judging import judge

GHA = "Error: Process completed with exit code 1.\n"

# (case id, log, verdict it must get); the source of each message is in the comment above it.
TRANSIENT = [
    # conda/conda conda/exceptions.py (CondaHTTPError), conda/gateways/connection/download.py
    ("conda-http-000",
     "Channels:\n - conda-forge\nPlatform: linux-64\n"
     "Collecting package metadata (repodata.json): failed\n\n"
     "CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.example.org/conda-forge/linux-64/repodata.json>\n"
     "Elapsed: -\n\n"
     "An HTTP error occurred when trying to retrieve this URL.\n"
     "HTTP errors are often intermittent, and a simple retry will get you on your way.\n"
     "'https://conda.example.org/conda-forge/linux-64'\n\n" + GHA),
    # conda/conda conda/exceptions.py (CondaHTTPError with a status and a CF-RAY header)
    ("conda-http-502",
     "Collecting package metadata (current_repodata.json): failed\n\n"
     "CondaHTTPError: HTTP 502 BAD GATEWAY for url <https://conda.example.org/pkgs/main/noarch/current_repodata.json>\n"
     "Elapsed: 00:30.122791\n"
     "CF-RAY: 8a1b2c3d4e5f6789-FRA\n\n"
     "A remote server error occurred when trying to retrieve this URL.\n" + GHA),
    # conda/conda conda/exceptions.py (CondaHTTPError, 429 from the channel's CDN)
    ("conda-http-429",
     "Solving environment: ...working... failed\n"
     "CondaHTTPError: HTTP 429 TOO MANY REQUESTS for url <https://conda.example.org/conda-forge/noarch/repodata.json>\n"
     "Elapsed: 00:00.412001\n\n" + GHA),
    # conda/conda conda/gateways/disk/lock.py (LockError "Failed to acquire lock.")
    ("conda-lock",
     "Preparing transaction: ...working... done\n"
     "Verifying transaction: ...working... failed\n\n"
     "LockError: Failed to acquire lock.\n\n" + GHA),
    # mamba-org/mamba libmamba/src/download/downloader.cpp (build_download_error: "Download error (code) ...")
    ("mamba-download-timeout",
     "conda-forge/noarch                                   9.2MB @  1.1MB/s  8.3s\n"
     "critical libmamba Download error (28) Timeout was reached [https://conda.example.org/conda-forge/linux-64/repodata.json.zst]\n"
     "Operation too slow. Less than 30 bytes/sec transferred the last 60 seconds\n" + GHA),
    ("mamba-download-dns",
     "info     libmamba Parsing MatchSpec python=3.11\n"
     "error    libmamba Download error (6) Couldn't resolve host name [https://conda.example.org/conda-forge/noarch/repodata.json]\n"
     "    Could not resolve host: conda.example.org\n"
     "critical libmamba Multiple errors occurred:\n"
     "    Subdir conda-forge/noarch not loaded!\n" + GHA),
    ("mamba-download-recv",
     "error    libmamba Download error (56) Failure when receiving data from the peer [https://conda.example.org/conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda]\n"
     "    OpenSSL SSL_read: error:0A000126:SSL routines::unexpected eof while reading, errno 0\n"
     "critical libmamba Found incorrect download: numpy. Aborting\n" + GHA),
    # mamba-org/mamba libmamba/src/download/downloader.cpp (curl 22: the server's status follows)
    ("mamba-download-22-503",
     "error    libmamba Download error (22) HTTP response code said error [https://conda.example.org/conda-forge/linux-64/repodata.json]\n"
     "    The requested URL returned error: 503\n" + GHA),
    # mamba-org/mamba libmamba/src/core/util.cpp (LockFileOwner: "LockFile can't be set at ...")
    ("mamba-lockfile",
     "info     libmamba Locking environment at /home/runner/micromamba/pkgs\n"
     "critical libmamba LockFile can't be set at '/home/runner/micromamba/pkgs'\n"
     "This could be fixed by changing the locks' timeout or cleaning your environment from previous runs\n" + GHA),
    # conda/rattler crates/rattler_repodata_gateway/src/fetch/mod.rs ("failed to download {0}"), as pixi prints it
    ("pixi-repodata-dns",
     "  ⠁ updating lock-file\n"
     "Error:   × failed to download https://conda.example.org/conda-forge/linux-64/repodata_shards.msgpack.zst\n"
     "  ├─▶ error sending request for url (https://conda.example.org/conda-forge/linux-64/repodata_shards.msgpack.zst)\n"
     "  ├─▶ client error (Connect)\n"
     "  ├─▶ dns error\n"
     "  ╰─▶ failed to lookup address information: Temporary failure in name resolution\n" + GHA),
    # conda/rattler crates/rattler_repodata_gateway/src/fetch/mod.rs ("failed to acquire a lock on the repodata cache")
    ("pixi-cache-lock",
     "  ⠁ updating lock-file\n"
     "Error:   × failed to acquire a lock on the repodata cache\n"
     "  ╰─▶ timed out waiting for the lock on /home/runner/.cache/rattler/cache/repodata/abc.lock\n" + GHA),
    # hexpm/hex lib/hex/scm.ex (do_fetch: "Request failed (:timeout)", then "Package fetch failed and no cached copy available")
    ("hex-request-timeout",
     "Resolving Hex dependencies...\n"
     "Resolution completed in 0.071s\n"
     "Request failed (:timeout)\n\n"
     "If this happens consistently, adjust your concurrency and timeout settings:\n\n"
     "    HEX_HTTP_CONCURRENCY=1 HEX_HTTP_TIMEOUT=120 mix deps.get\n"
     "** (Mix) Package fetch failed and no cached copy available (https://repo.example.org/tarballs/jason-1.4.4.tar)\n" + GHA),
    ("hex-request-503",
     "* Getting plug (Hex package)\n"
     "Request failed (503)\n"
     "** (Mix) Package fetch failed and no cached copy available (https://repo.example.org/tarballs/plug-1.16.1.tar)\n" + GHA),
    ("hex-request-failed-connect",
     "* Getting telemetry (Hex package)\n"
     "Request failed ({:failed_connect, [{:to_address, {~c\"repo.example.org\", 443}}, {:inet, [:inet], :econnrefused}]})\n"
     "** (Mix) Package fetch failed and no cached copy available (https://repo.example.org/tarballs/telemetry-1.3.0.tar)\n" + GHA),
    # hexpm/hex lib/hex/registry/server.ex (print_error: "Failed to fetch record for ... from registry", then the reason)
    ("hex-record-timeout",
     "Resolving Hex dependencies...\n"
     "Failed to fetch record for decimal from registry\n"
     ":timeout\n"
     "** (RuntimeError) Stopping due to errors\n"
     "    (hex 2.1.1) lib/hex/registry/server.ex:543: Hex.Registry.Server.write_result/3\n" + GHA),
    # elixir-lang/elixir lib/mix/lib/mix/utils.ex (httpc_response) and lib/mix/lib/mix/local.ex
    ("mix-install-hex-nxdomain",
     "Run mix local.hex --force\n"
     "** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {~c\"builds.example.org\", 443}}, {:inet, [:inet], :nxdomain}]}\n\n"
     "Could not install Hex because Mix could not download metadata at https://builds.example.org/installs/hex.csv.\n" + GHA),
    ("mix-rebar-503",
     "** (Mix) httpc request failed with: {:bad_status_code, 503}\n\n"
     "Could not fetch rebar3 at:\n\n"
     "    https://builds.example.org/installs/rebar3-3.22.1\n\n"
     "Please download the file above manually to your current directory and run:\n" + GHA),
    # luarocks/luarocks src/luarocks/search.lua ("Failed searching manifest: ") and src/luarocks/fetch.lua ("Failed downloading ")
    ("luarocks-manifest",
     "Installing https://rocks.example.org/busted-2.2.0-1.src.rock\n"
     "Warning: Failed searching manifest: Failed downloading https://rocks.example.org/manifest-5.4 - failed downloading https://rocks.example.org/manifest-5.4\n\n"
     "Error: No results matching query were found for Lua 5.4.\n" + GHA),
    ("luarocks-rock-download",
     "Missing dependencies for luacheck 1.2.0-1:\n   argparse >= 0.6.0 (not installed)\n\n"
     "luacheck 1.2.0-1 depends on argparse >= 0.6.0 (not installed)\n\n"
     "Error: Failed downloading https://rocks.example.org/argparse-0.7.1-1.src.rock - failed downloading https://rocks.example.org/argparse-0.7.1-1.src.rock\n" + GHA),
    ("luarocks-mirror-timeout",
     "Warning: Failed downloading. Attempting mirror at https://mirror.example.org/penlight-1.14.0-2.src.rock\n\n"
     "Error: Failed downloading https://mirror.example.org/penlight-1.14.0-2.src.rock - timeout\n" + GHA),
    # ocaml/opam src/repository/opamDownload.ml ("HTTP error code ", "curl failed") and src/client/opamAction.ml
    ("opam-sources-503",
     "<><> Processing actions <><><><><><><><><><><><><><><><><><><><><><><><><><><><>\n"
     "[ERROR] Failed to get sources of dune.3.16.0: HTTP error code 503\n\n"
     "┌─ The following actions failed\n│ λ download dune 3.16.0\n└─\n" + GHA),
    ("opam-sources-curl",
     "<><> Processing actions <><><><><><><><><><><><><><><><><><><><><><><><><><><><>\n"
     "[ERROR] Failed to get sources of ocamlfind.1.9.6: curl failed\n\n"
     "OpamSolution.Fetch_fail(\"https://example.org/ocamlfind-1.9.6.tar.gz (curl failed: \\\"/usr/bin/curl --write-out %%{http_code}\\\\\\\\n --retry 3 --retry-delay 2 --user-agent opam/2.2.1 -L -o /tmp/opam-1-2/ocamlfind-1.9.6.tar.gz.part -- https://example.org/ocamlfind-1.9.6.tar.gz\\\" exited with code 35)\")\n" + GHA),
    # ocaml/opam src/state/opamUpdate.ml ("Could not update repository %S: %s")
    ("opam-update-repo",
     "<><> Updating package repositories ><><><><><><><><><><><><><><><><><><><><><>\n"
     "[ERROR] Could not update repository \"default\": OpamDownload.Download_fail(_, \"code 502 while downloading https://opam.example.org/index.tar.gz\")\n"
     "[ERROR] Initial repository fetch failed\n" + GHA),
    # ocaml/opam src/core/opamSystem.ml ("Another process has locked %s and non blocking mode enabled")
    ("opam-lock",
     "[ERROR] Another process has locked /home/runner/.opam/lock and non blocking mode enabled\n" + GHA),
    # haskell/cabal cabal-install/src/Distribution/Client/Errors.hs (FailedToDownloadURI, code 7111)
    ("cabal-download-503",
     "Downloading the latest package list from hackage.haskell.org\n"
     "Error: [Cabal-7111]\n"
     "failed to download https://hackage.example.org/01-index.tar.gz : HTTP code 503\n" + GHA),
    # haskell/cabal cabal-install/src/Distribution/Client/Errors.hs (Couldn'tEstablishHttpConnection, code 7116)
    ("cabal-no-connection",
     "Downloading the latest package list from hackage.haskell.org\n"
     "Error: [Cabal-7116]\n"
     "Couldn't establish HTTP connection. Possible cause: HTTP proxy server is down.\n" + GHA),
    # haskell/cabal cabal-install/src/Distribution/Client/Security/HTTP.hs (UnexpectedResponse)
    ("cabal-security-502",
     "Downloading the latest package list from hackage.haskell.org\n"
     "Error: [Cabal-7160]\n"
     "Unexpected response 502 for https://hackage.example.org/timestamp.json\n" + GHA),
    # commercialhaskell/stack src/Stack/New.hs (DownloadTemplateFailed, [S-1688]) over http-client's ConnectionFailure
    ("stack-template-dns",
     "Error: [S-1688]\n"
     "       Stack failed to download the template simple from https://templates.example.org/simple.hsfiles.\n\n"
     "       While downloading, Stack encountered an HTTP error. Stack made the request:\n\n"
     "       and the content of the error was:\n\n"
     "       ConnectionFailure Network.Socket.getAddrInfo (called with preferred socket type/protocol: AddrInfo {addrFlags = [], addrFamily = AF_UNSPEC, addrSocketType = Stream, addrProtocol = 0, addrAddress = 0.0.0.0:0, addrCanonName = Nothing}, host name: Just \"templates.example.org\", service name: Just \"443\"): does not exist (Temporary failure in name resolution)\n" + GHA),
    # haskell/ghcup-hs lib/GHCup/Errors.hs (DownloadFailed: "Download failed:", ProcessError "failed with exit code")
    ("ghcup-curl-56",
     "[ Info  ] downloading: https://downloads.example.org/ghc/9.8.2/ghc-9.8.2-x86_64-deb10-linux.tar.xz as file /home/runner/.ghcup/tmp/ghcup-1a2b/ghc-9.8.2-x86_64-deb10-linux.tar.xz\n"
     "[ Error ] [GHCup-05841] Download failed: Process \"curl\" with arguments [\"-fL\", \"-o\", \"/home/runner/.ghcup/tmp/ghcup-1a2b/ghc-9.8.2-x86_64-deb10-linux.tar.xz.tmp\", \"https://downloads.example.org/ghc/9.8.2/ghc-9.8.2-x86_64-deb10-linux.tar.xz\"] failed with exit code 56.\n"
     "[ Error ] Also check the logs in /home/runner/.ghcup/logs\n" + GHA),
    # JuliaLang/Pkg.jl src/Registry/Registry.jl ("Some registries failed to update:", "failed to download from ... Exception: ")
    ("julia-registry-502",
     "    Updating registry at `~/.julia/registries/General.toml`\n"
     "┌ Error: Some registries failed to update:\n"
     "│     — /home/runner/.julia/registries/General.toml — failed to download from https://pkg.example.org/registry/23338594-aafe-5451-b93e-139f81909106/0a1b2c3d. Exception: RequestError: HTTP/2 502 (Bad Gateway) while requesting https://pkg.example.org/registry/23338594-aafe-5451-b93e-139f81909106/0a1b2c3d\n"
     "└ @ Pkg.Registry /opt/julia/share/julia/stdlib/v1.10/Pkg/src/Registry/Registry.jl:411\n" + GHA),
    # JuliaLang/Pkg.jl src/Artifacts.jl ("Unable to automatically download/install artifact ... Sources attempted:")
    ("julia-artifact-dns",
     "ERROR: LoadError: Unable to automatically download/install artifact 'libfoo' from sources listed in '/home/runner/.julia/packages/libfoo_jll/AbCd1/Artifacts.toml'.\n"
     "Sources attempted:\n"
     "- https://pkg.example.org/artifact/0123abcd\n"
     "    Error: RequestError: Could not resolve host: pkg.example.org while requesting https://pkg.example.org/artifact/0123abcd\n"
     "- https://files.example.org/libfoo-v1.0.0/libfoo.v1.0.0.x86_64-linux-gnu.tar.gz\n"
     "    Error: RequestError: Failed to connect to files.example.org port 443 after 130 ms: Connection refused while requesting https://files.example.org/libfoo-v1.0.0/libfoo.v1.0.0.x86_64-linux-gnu.tar.gz\n" + GHA),
    # JuliaLang/Pkg.jl src/GitTools.jl ("failed to clone from $(url): ($(err.msg))")
    ("julia-clone-net",
     "     Cloning registry from \"https://git.example.org/JuliaRegistries/General.git\"\n"
     "ERROR: failed to clone from https://git.example.org/JuliaRegistries/General.git: (failed to resolve address for git.example.org: Temporary failure in name resolution)\n" + GHA),
    # NixOS/nix src/libstore/filetransfer.cc ("unable to %s '%s': %s (%d) %s", retried with "; retrying in %d ms")
    ("nix-download-dns",
     "copying path '/nix/store/0a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p-glibc-2.39' from 'https://cache.example.org'...\n"
     "error: unable to download 'https://cache.example.org/nar/1abc.nar.xz': Couldn't resolve host name (6) Could not resolve host: cache.example.org\n" + GHA),
    # NixOS/nix src/libstore/filetransfer.cc and src/libstore/build/derivation-goal.cc ("some substitutes ... failed")
    ("nix-substitutes",
     "warning: error: unable to download 'https://cache.example.org/nar/2def.nar.xz': HTTP error 503 (curl error: Failure when receiving data from the peer); retrying in 1024 ms (attempt 4/5)\n"
     "error: some substitutes for the outputs of derivation '/nix/store/9z8y7x6w5v4u3t2s1r0q9p8o7n6m5l4k-python3-3.12.4.drv' failed (usually happens due to networking issues); try '--fallback' to build derivation from source \n" + GHA),
    ("nix-download-504",
     "unpacking 'https://git.example.org/owner/repo/archive/0123456789abcdef0123456789abcdef01234567.tar.gz' into the Git cache...\n"
     "error: unable to download 'https://git.example.org/owner/repo/archive/0123456789abcdef0123456789abcdef01234567.tar.gz': HTTP error 504\n" + GHA),
]

REAL = [
    # conda/conda conda/gateways/connection/download.py (403 help text) and conda/exceptions.py
    ("conda-http-403",
     "Collecting package metadata (repodata.json): failed\n\n"
     "CondaHTTPError: HTTP 403 FORBIDDEN for url <https://conda.example.org/acme-private/linux-64/repodata.json>\n"
     "Elapsed: 00:00.201340\n\n"
     "You do not have permission to access this resource.\n\n"
     "This may indicate:\n  - The channel requires authentication. Check your credentials.\n" + GHA),
    ("conda-http-401-token",
     "CondaHTTPError: HTTP 401 UNAUTHORIZED for url <https://conda.example.org/t/<TOKEN>/acme/noarch/repodata.json>\n"
     "Elapsed: 00:00.118210\n\n"
     "The token given for the URL is invalid.\n\n"
     "You will need to adjust your conda configuration to proceed.\n" + GHA),
    # conda/conda conda/gateways/connection/download.py (a 404 gets the "intermittent" help too)
    ("conda-http-404",
     "Downloading and Extracting Packages: ...working... failed\n\n"
     "CondaHTTPError: HTTP 404 NOT FOUND for url <https://conda.example.org/acme/linux-64/acme-tools-0.3.1-h1234567_0.conda>\n"
     "Elapsed: 00:00.093311\n\n"
     "An HTTP error occurred when trying to retrieve this URL.\n"
     "HTTP errors are often intermittent, and a simple retry will get you on your way.\n" + GHA),
    # conda/conda conda/exceptions.py (UnavailableInvalidChannel)
    ("conda-invalid-channel",
     "Collecting package metadata (repodata.json): failed\n\n"
     "UnavailableInvalidChannel: HTTP 404 NOT FOUND for channel acme-nightly <https://conda.example.org/acme-nightly>\n\n"
     "The channel is not accessible or is invalid.\n\n"
     "You will need to adjust your conda configuration to proceed.\n" + GHA),
    # conda/conda conda/exceptions.py (PackagesNotFoundInChannelsError)
    ("conda-packages-not-found",
     "Solving environment: failed\n\n"
     "PackagesNotFoundError: The following packages are not available from current channels:\n\n"
     "  - acme-tools=9.9\n\n"
     "Current channels:\n\n  - https://conda.example.org/conda-forge\n" + GHA),
    # conda/conda conda/gateways/connection/download.py (CondaSSLError)
    ("conda-ssl",
     "CondaSSLError: Encountered an SSL error. Most likely a certificate verification issue.\n\n"
     "Exception: HTTPSConnectionPool(host='conda.example.org', port=443): Max retries exceeded with url: /conda-forge/linux-64/repodata.json (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)')))\n" + GHA),
    # conda/conda conda/exceptions.py (ChecksumMismatchError)
    ("conda-checksum",
     "Downloading and Extracting Packages:\n\n"
     "ChecksumMismatchError: Conda detected a mismatch between the expected content and downloaded content\n"
     "for url 'https://conda.example.org/acme/linux-64/acme-tools-0.3.1-h1234567_0.conda'.\n"
     "  download saved to: /home/runner/miniconda3/pkgs/acme-tools-0.3.1-h1234567_0.conda\n"
     "  expected sha256: 1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988\n"
     "  actual sha256: 0a9b8c7d6e5f40310a9b8c7d6e5f40310a9b8c7d6e5f40310a9b8c7d6e5f4031\n" + GHA),
    # mamba-org/mamba libmamba/src/download/downloader.cpp (curl 60: the certificate is not trusted)
    ("mamba-cert",
     "error    libmamba Download error (60) SSL peer certificate or SSH remote key was not OK [https://conda.example.org/conda-forge/noarch/repodata.json]\n"
     "    SSL certificate problem: unable to get local issuer certificate\n"
     "critical libmamba Multiple errors occurred:\n"
     "    Subdir conda-forge/noarch not loaded!\n" + GHA),
    ("mamba-download-22-404",
     "error    libmamba Download error (22) HTTP response code said error [https://conda.example.org/acme/linux-64/repodata.json]\n"
     "    The requested URL returned error: 404\n"
     "critical libmamba Multiple errors occurred:\n"
     "    Subdir acme/linux-64 not loaded!\n" + GHA),
    # mamba-org/mamba libmamba/src/download/downloader.cpp (build_transfer_message on an HTTP error status)
    ("mamba-transfer-404",
     "error    libmamba Transfer finalized, status: 404 [https://conda.example.org/acme-nightly/linux-64/repodata.json] 169 bytes\n"
     "critical libmamba Multiple errors occurred:\n"
     "    Subdir acme-nightly/linux-64 not loaded!\n" + GHA),
    # mamba-org/mamba libmamba/src/api/utils.cpp ("Could not solve for environment specs")
    ("mamba-unsolvable",
     "error    libmamba Could not solve for environment specs\n"
     "    The following package could not be installed\n"
     "    └─ acme-tools =9.9 * does not exist (perhaps a typo or a missing channel).\n"
     "critical libmamba Could not solve for environment specs\n" + GHA),
    # prefix-dev/pixi crates/pixi_url/src/error.rs ("failed to download {url}: {status}")
    ("pixi-url-404",
     "Error:   × failed to download https://files.example.org/acme-0.3.1.tar.gz: 404 Not Found\n" + GHA),
    # hexpm/hex lib/hex/scm.ex (do_fetch: "Request failed (#{code})" with a 404)
    ("hex-request-404",
     "* Getting acme_utils (Hex package)\n"
     "Request failed (404)\n"
     "** (Mix) Package fetch failed and no cached copy available (https://repo.example.org/tarballs/acme_utils-0.3.1.tar)\n" + GHA),
    # hexpm/hex lib/hex/scm.ex ("Request failed (#{inspect(reason)})" carrying Erlang's ssl alert: an untrusted CA)
    ("hex-request-tls-alert",
     "Request failed ({:failed_connect, [{:to_address, {~c\"repo.example.org\", 443}}, {:inet, [:inet], {:tls_alert, {:unknown_ca, ~c\"TLS client: In state certify at ssl_handshake.erl:2138 generated CLIENT ALERT: Fatal - Unknown CA\\n\"}}}]})\n"
     "** (Mix) Package fetch failed and no cached copy available (https://repo.example.org/tarballs/jason-1.4.4.tar)\n" + GHA),
    # hexpm/hex lib/hex/registry/server.ex and lib/hex/remote_converger.ex (a package that does not exist)
    ("hex-unknown-package",
     "Resolving Hex dependencies...\n"
     "Failed to fetch record for acme_utilz from registry\n"
     "This could be because the package does not exist, it was spelled incorrectly or you don't have permissions to it\n"
     "** (RuntimeError) Stopping due to errors\n" + GHA),
    # hexpm/hex lib/hex/remote_converger.ex ("No package with name ... in registry")
    ("hex-no-package",
     "Resolving Hex dependencies...\n"
     "** (Mix) No package with name acme_utilz (from: mix.exs) in registry\n" + GHA),
    # hexpm/hex lib/hex/remote_converger.ex ("Registry checksum mismatch against lock")
    ("hex-checksum-lock",
     "Resolving Hex dependencies...\n"
     "** (Mix) Registry checksum mismatch against lock (acme_utils 0.3.1)\n" + GHA),
    # elixir-lang/elixir lib/mix/lib/mix/utils.ex (httpc_response: a 404 for the file)
    ("mix-rebar-404",
     "** (Mix) httpc request failed with: {:bad_status_code, 404}\n\n"
     "Could not fetch rebar3 at:\n\n"
     "    https://builds.example.org/installs/rebar3-9.9.9\n" + GHA),
    # luarocks/luarocks src/luarocks/fetch.lua ("Failed downloading URL - 404") and search.lua ("No results matching query")
    ("luarocks-rockspec-404",
     "Error: Failed downloading https://rocks.example.org/acme-0.3.1-1.rockspec - 404\n" + GHA),
    ("luarocks-no-results",
     "Error: No results matching query were found for Lua 5.4.\n"
     "To check if it is available for other Lua versions, use --check-lua-versions.\n" + GHA),
    # ocaml/opam src/repository/opamDownload.ml (a 404 and a checksum mismatch)
    ("opam-sources-404",
     "<><> Processing actions <><><><><><><><><><><><><><><><><><><><><><><><><><><><>\n"
     "[ERROR] Failed to get sources of acme.0.3.1: HTTP error code 404\n\n"
     "┌─ The following actions failed\n│ λ download acme 0.3.1\n└─\n" + GHA),
    ("opam-checksum",
     "[ERROR] Failed to get sources of acme.0.3.1: Checksum mismatch\n\n"
     "OpamSolution.Fetch_fail(\"https://example.org/acme-0.3.1.tar.gz (Checksum mismatch)\")\n" + GHA),
    # haskell/cabal cabal-install/src/Distribution/Client/Errors.hs (FailedToDownloadURI with a 404, MakeDownload)
    ("cabal-download-404",
     "Error: [Cabal-7111]\n"
     "failed to download https://hackage.example.org/package/acme-0.3.1/acme-0.3.1.tar.gz : HTTP code 404\n" + GHA),
    ("cabal-sha-mismatch",
     "Error: [Cabal-7110]\n"
     "Failed to download https://files.example.org/acme-0.3.1.tar.gz : SHA256 don't match; expected: 1f2e3d4c actual: 0a9b8c7d\n" + GHA),
    # commercialhaskell/stack src/Stack/New.hs (a template that does not exist)
    ("stack-template-404",
     "Error: [S-1688]\n"
     "       Stack failed to download the template acme from https://templates.example.org/acme.hsfiles.\n\n"
     "       Please check that the template exists at that location.\n\n"
     "       While downloading, Stack encountered an HTTP error. Stack made the request:\n\n"
     "       and the content of the error was:\n\n"
     "       StatusCodeException (Response {responseStatus = Status {statusCode = 404, statusMessage = \"Not Found\"}, responseVersion = HTTP/1.1}) \"404: Not Found\"\n" + GHA),
    # haskell/ghcup-hs lib/GHCup/Errors.hs (DigestError)
    ("ghcup-digest",
     "[ Error ] [GHCup-00200] Digest error for /home/runner/.ghcup/cache/ghc-9.8.2-x86_64-deb10-linux.tar.xz: expected 1f2e3d4c5b6a7988 but got 0a9b8c7d6e5f4031\n"
     "Consider removing the file in case it's cached and try again.\n" + GHA),
    # JuliaLang/Pkg.jl src/Artifacts.jl (every source answered 404)
    ("julia-artifact-404",
     "ERROR: LoadError: Unable to automatically download/install artifact 'libacme' from sources listed in '/home/runner/.julia/packages/libacme_jll/AbCd1/Artifacts.toml'.\n"
     "Sources attempted:\n"
     "- https://files.example.org/libacme-v0.3.1/libacme.v0.3.1.x86_64-linux-gnu.tar.gz\n"
     "    Error: RequestError: HTTP/1.1 404 Not Found while requesting https://files.example.org/libacme-v0.3.1/libacme.v0.3.1.x86_64-linux-gnu.tar.gz\n" + GHA),
    # NixOS/nix src/libstore/filetransfer.cc (HTTP error 404) and src/libstore/build/derivation-check.cc
    ("nix-download-404",
     "error: unable to download 'https://files.example.org/acme-0.3.1.tar.gz': HTTP error 404\n\n"
     "       response body:\n\n"
     "       Not Found\n" + GHA),
    ("nix-hash-mismatch",
     "error: hash mismatch in fixed-output derivation '/nix/store/0a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p-acme-0.3.1.tar.gz.drv':\n"
     "         specified: sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"
     "            got:    sha256-Qm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYg=\n" + GHA),
]


@pytest.mark.parametrize("case_id,log", TRANSIENT, ids=[c[0] for c in TRANSIENT])
def test_an_outage_in_the_tools_words_reads_transient(case_id, log):
    v = judge(log)
    assert v.verdict == "transient", v.rationale


@pytest.mark.parametrize("case_id,log", REAL, ids=[c[0] for c in REAL])
def test_a_persistent_cause_in_the_tools_words_does_not_read_transient(case_id, log):
    v = judge(log)
    assert v.verdict == "real", v.rationale


def test_hex_going_on_with_its_cache_is_not_the_failure():
    # hexpm/hex lib/hex/registry/server.ex: "(using cache instead)" and the run went on; the job
    # failed on a compile error of its own.
    log = ("Resolving Hex dependencies...\n"
           "Failed to fetch record for decimal from registry (using cache instead)\n"
           ":timeout\n"
           "Compiling 3 files (.ex)\n"
           "error: undefined variable \"totl\"\n"
           "  lib/acme/invoice.ex:14: Acme.Invoice.sum/1\n\n"
           "** (CompileError) lib/acme/invoice.ex: cannot compile module Acme.Invoice (errors have been logged)\n" + GHA)
    assert judge(log).verdict != "transient"


def test_a_luarocks_manifest_warning_the_run_got_past_is_not_the_failure():
    # luarocks/luarocks src/luarocks/search.lua: one server's manifest failed, another answered, the
    # rock installed, and the job failed on its own test.
    log = ("Warning: Failed searching manifest: Failed downloading https://rocks.example.org/manifest-5.4 - timeout\n"
           "Installing https://mirror.example.org/busted-2.2.0-1.src.rock\n"
           "busted 2.2.0-1 is now installed in /home/runner/.luarocks (license: MIT)\n\n"
           "4 successes / 1 failure / 0 errors / 0 pending : 0.01 seconds\n\n"
           "Failure → spec/acme_spec.lua @ 12\n"
           "acme adds\n"
           "spec/acme_spec.lua:13: Expected objects to be equal.\n" + GHA)
    assert judge(log).verdict != "transient"
