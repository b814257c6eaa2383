"""Tenth round, tool sources: system and OS package managers.

Each case is a short log written for the test (made-up hosts, packages and paths; none is copied
from a project's CI) around a message the tool prints, as its source code words it. The comment
beside each case names the tool, its repository and the file the message comes from: that is the
evidence the verdict rests on. Outages (a connection, a mirror, a feed or a lock that was not
there at that moment) must read transient; a persistent cause (a 404 for a pinned file, refused
credentials, a checksum that does not match a pin, an unknown package, a repository that is gone)
must read real.
"""

from __future__ import annotations

import pytest
from judging import judge

_EXIT = "##[error]Process completed with exit code 1.\n"

CASES = [
    # ---------------------------------------------------------------- Homebrew (Homebrew/brew)
    # Library/Homebrew/exceptions.rb (DownloadError: 'Failed to download resource "x"', then
    # CurlDownloadStrategyError: "Download failed: <url>", then curl's own stderr)
    ("brew-connect-failed", "transient",
     "==> Fetching downloads for: libfoo\n"
     "==> Downloading https://ghcr.example.org/v2/core/libfoo/manifests/1.2.3\n"
     'Error: Failed to download resource "libfoo_bottle_manifest"\n'
     "Download failed: https://ghcr.example.org/v2/core/libfoo/manifests/1.2.3\n"
     "curl: (7) Failed to connect to ghcr.example.org port 443 after 75003 ms: Couldn't connect to server\n"),
    # same file; curl -f's status line for a 503 from the bottle host
    ("brew-bottle-503", "transient",
     "==> Downloading https://ghcr.example.org/v2/core/libfoo/blobs/sha256:0a1b2c\n"
     'Error: Failed to download resource "libfoo (1.2.3)"\n'
     "Download failed: https://ghcr.example.org/v2/core/libfoo/blobs/sha256:0a1b2c\n"
     "curl: (22) The requested URL returned error: 503\n"),
    # Library/Homebrew/download_strategy/curl_download_strategy.rb ("Timed out downloading <url>: ...")
    ("brew-timed-out", "transient",
     "==> Downloading https://example.org/releases/libfoo-1.2.3.tar.gz\n"
     "Error: Timed out downloading https://example.org/releases/libfoo-1.2.3.tar.gz: execution expired\n"),
    # Library/Homebrew/exceptions.rb (OperationInProgressError), raised by lock_file.rb
    ("brew-lock-held", "transient",
     "==> Installing libfoo\n"
     "Error: A `brew install libfoo` process has already locked /opt/homebrew/Cellar/libfoo.\n"
     "Please wait for it to finish or terminate it to continue.\n"),
    # Library/Homebrew/api.rb ("Cannot download non-corrupt <url>!" after its retries)
    ("brew-api-corrupt", "transient",
     "==> Downloading https://formulae.example.org/api/formula.jws.json\n"
     "Error: Cannot download non-corrupt https://formulae.example.org/api/formula.jws.json!\n"),
    # Library/Homebrew/exceptions.rb (ChecksumMismatchError.html_hint: the download was an HTML page)
    ("brew-sha-mismatch-html-page", "transient",
     "==> Downloading https://example.org/releases/libfoo-1.2.3.tar.gz\n"
     "Error: SHA-256 mismatch\n"
     "Expected: 3f1d0c9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e\n"
     "  Actual: 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b\n"
     "    File: /Users/runner/Library/Caches/Homebrew/downloads/5e6f--libfoo-1.2.3.tar.gz\n"
     "To retry an incomplete download, remove the file above.\n"
     "The start of the downloaded file is HTML/XML, not a binary.\n"
     "The server may have returned a bot-protection, rate-limit or\n"
     "error page instead. Delete the file and retry:\n"),
    # Library/Homebrew/exceptions.rb (DownloadError) with curl -f's 404
    ("brew-404", "real",
     "==> Downloading https://example.org/releases/libfoo-9.9.9.tar.gz\n"
     'Error: Failed to download resource "libfoo"\n'
     "Download failed: https://example.org/releases/libfoo-9.9.9.tar.gz\n"
     "curl: (22) The requested URL returned error: 404\n"),
    # Library/Homebrew/exceptions.rb (ChecksumMismatchError, no HTML hint: a pin that does not match)
    ("brew-sha-mismatch", "real",
     "==> Downloading https://example.org/releases/libfoo-1.2.3.tar.gz\n"
     "Error: SHA-256 mismatch\n"
     "Expected: 3f1d0c9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e\n"
     "  Actual: 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b\n"
     "    File: /Users/runner/Library/Caches/Homebrew/downloads/5e6f--libfoo-1.2.3.tar.gz\n"
     "To retry an incomplete download, remove the file above.\n"),
    # Library/Homebrew/exceptions.rb (FormulaUnavailableError)
    ("brew-no-formula", "real",
     "==> Auto-updating Homebrew...\n"
     'Error: No available formula with the name "libfooo". Did you mean libfoo?\n'),

    # ---------------------------------------------------------------- Chocolatey (chocolatey/choco)
    # src/chocolatey.resources/helpers/functions/Get-WebFile.ps1: one wording for every failure,
    # with .NET's own message after it ("The remote server returned an error: (503) ...")
    ("choco-webfile-503", "transient",
     "Downloading libfoo 64 bit\n"
     "  from 'https://example.org/libfoo-1.2.3-x64.exe'\n"
     "ERROR: The remote file either doesn't exist, is unauthorized, or is forbidden for url "
     "'https://example.org/libfoo-1.2.3-x64.exe'. Exception calling \"GetResponse\" with \"0\" argument(s): "
     "\"The remote server returned an error: (503) Server Unavailable.\"\n"
     "The install of libfoo was NOT successful.\n"
     "Chocolatey installed 0/1 packages. 1 packages failed.\n"),
    ("choco-webfile-timeout", "transient",
     "Downloading libfoo 64 bit\n"
     "  from 'https://example.org/libfoo-1.2.3-x64.exe'\n"
     "ERROR: The remote file either doesn't exist, is unauthorized, or is forbidden for url "
     "'https://example.org/libfoo-1.2.3-x64.exe'. Exception calling \"GetResponse\" with \"0\" argument(s): "
     "\"The operation has timed out\"\n"
     "The install of libfoo was NOT successful.\n"),
    ("choco-webfile-no-connection", "transient",
     "Downloading libfoo 64 bit\n"
     "  from 'https://example.org/libfoo-1.2.3-x64.exe'\n"
     "ERROR: The remote file either doesn't exist, is unauthorized, or is forbidden for url "
     "'https://example.org/libfoo-1.2.3-x64.exe'. Exception calling \"GetResponse\" with \"0\" argument(s): "
     "\"Unable to connect to the remote server\"\n"
     "The install of libfoo was NOT successful.\n"),
    ("choco-webfile-404", "real",
     "Downloading libfoo 64 bit\n"
     "  from 'https://example.org/libfoo-9.9.9-x64.exe'\n"
     "ERROR: The remote file either doesn't exist, is unauthorized, or is forbidden for url "
     "'https://example.org/libfoo-9.9.9-x64.exe'. Exception calling \"GetResponse\" with \"0\" argument(s): "
     "\"The remote server returned an error: (404) Not Found.\"\n"
     "The install of libfoo was NOT successful.\n"
     "Chocolatey installed 0/1 packages. 1 packages failed.\n"),
    ("choco-webfile-403", "real",
     "Downloading libfoo 64 bit\n"
     "  from 'https://example.org/libfoo-1.2.3-x64.exe'\n"
     "ERROR: The remote file either doesn't exist, is unauthorized, or is forbidden for url "
     "'https://example.org/libfoo-1.2.3-x64.exe'. Exception calling \"GetResponse\" with \"0\" argument(s): "
     "\"The remote server returned an error: (403) Forbidden.\"\n"
     "The install of libfoo was NOT successful.\n"),
    # src/chocolatey/infrastructure.app/nuget/NugetList.cs ("Unable to connect to source '{0}'", logged as
    # "{message}:\n {exception}"; the exception is NuGet's Log_FailedToFetchV2FeedHttp), then
    # src/chocolatey/infrastructure.app/services/NugetService.cs ("... not installed. The package was not
    # found with the source(s) listed."): the feed did not answer, so nothing was found
    ("choco-feed-503-then-not-found", "transient",
     "Installing the following packages:\n"
     "libfoo\n"
     "Unable to connect to source 'https://feed.example.org/api/v2/':\n"
     " Failed to fetch results from V2 feed at 'https://feed.example.org/api/v2/FindPackagesById()?id='libfoo'' "
     "with following message : Response status code does not indicate success: 503 (Service Unavailable).\n"
     "libfoo not installed. The package was not found with the source(s) listed.\n"
     " Source(s): 'https://feed.example.org/api/v2/'\n"
     "Chocolatey installed 0/1 packages. 1 packages failed.\n"),
    # src/chocolatey/infrastructure.app/services/NugetService.cs, the feed answered: no such package
    ("choco-package-not-found", "real",
     "Installing the following packages:\n"
     "libfooo\n"
     "libfooo not installed. The package was not found with the source(s) listed.\n"
     " Source(s): 'https://feed.example.org/api/v2/'\n"
     " NOTE: When you specify explicit sources, it overrides default sources.\n"
     "Chocolatey installed 0/1 packages. 1 packages failed.\n"),

    # ---------------------------------------------------------------- NuGet (NuGet/NuGet.Client)
    # src/NuGet.Core/NuGet.Protocol/Strings.resx (Log_FailedToReadServiceIndex), logged as NU1301 by
    # src/NuGet.Core/NuGet.Commands/RestoreCommand/SourceRepositoryDependencyProvider.cs
    ("nuget-service-index", "transient",
     "  Determining projects to restore...\n"
     "/home/runner/work/app/app/src/App/App.csproj : error NU1301: Unable to load the service index for "
     "source https://api.example.org/v3/index.json.\n"
     "    Failed to restore /home/runner/work/app/app/src/App/App.csproj (in 1.2 min).\n"),
    # Strings.resx (Log_FailedToRetrievePackage) under NU1301
    ("nuget-failed-to-retrieve", "transient",
     "  Determining projects to restore...\n"
     "/home/runner/work/app/app/src/App/App.csproj : error NU1301: Failed to retrieve information about "
     "'Foo.Bar' from remote source 'https://api.example.org/v3-flatcontainer/foo.bar/index.json'.\n"),
    # Strings.resx (Http_Timeout), from HttpSource/HttpRetryHandler.cs
    ("nuget-http-timeout", "transient",
     "  Determining projects to restore...\n"
     "/home/runner/work/app/app/src/App/App.csproj : error NU1301: The HTTP request to 'GET "
     "https://api.example.org/v3-flatcontainer/foo.bar/index.json' has timed out after 100000ms.\n"),
    # Strings.resx (Error_DownloadTimeout), from Utility/DownloadTimeoutStream.cs
    ("nuget-download-no-data", "transient",
     "  Determining projects to restore...\n"
     "error : The download of 'https://api.example.org/v3-flatcontainer/foo.bar/1.2.3/foo.bar.1.2.3.nupkg' "
     "timed out because no data was received for 60000ms.\n"),
    # Strings.resx (Log_FailedToDownloadPackage) with HttpClient's status line below it
    ("nuget-download-502", "transient",
     "  Determining projects to restore...\n"
     "error : Failed to download package 'Foo.Bar.1.2.3' from "
     "'https://api.example.org/v3-flatcontainer/foo.bar/1.2.3/foo.bar.1.2.3.nupkg'.\n"
     "error : Response status code does not indicate success: 502 (Bad Gateway).\n"),
    # NU1301 whose inner message (NuGet.Common/ExceptionUtilities.cs DisplayMessage, indented below)
    # is a 401: the feed wants credentials the job does not have
    ("nuget-service-index-401", "real",
     "  Determining projects to restore...\n"
     "/home/runner/work/app/app/src/App/App.csproj : error NU1301: Unable to load the service index for "
     "source https://pkgs.example.org/_packaging/private/nuget/v3/index.json.\n"
     "/home/runner/work/app/app/src/App/App.csproj : error NU1301:   Response status code does not indicate "
     "success: 401 (Unauthorized).\n"),
    # Strings.resx ("The local source '{0}' doesn't exist."), logged as NU1301
    ("nuget-local-source-missing", "real",
     "  Determining projects to restore...\n"
     "/home/runner/work/app/app/src/App/App.csproj : error NU1301: The local source "
     "'/home/runner/work/app/app/local-packages' doesn't exist.\n"),
    # src/NuGet.Core/NuGet.Commands/Strings.resx (Error_NoPackageVersionsExist, NU1101)
    ("nuget-no-such-package", "real",
     "  Determining projects to restore...\n"
     "/home/runner/work/app/app/src/App/App.csproj : error NU1101: Unable to find package Foo.Baz. "
     "No packages exist with this id in source(s): nuget.org\n"),
    # src/NuGet.Core/NuGet.Commands/Strings.resx (Error_NoPackageVersionsExistInRange, NU1102)
    ("nuget-no-such-version", "real",
     "  Determining projects to restore...\n"
     "/home/runner/work/app/app/src/App/App.csproj : error NU1102: Unable to find package Foo.Bar with "
     "version (>= 9.9.9)\n"
     "/home/runner/work/app/app/src/App/App.csproj : error NU1102:   - Found 12 version(s) in nuget.org "
     "[ Nearest version: 2.1.0 ]\n"),

    # ---------------------------------------------------------------- dnf / librepo
    # rpm-software-management/librepo librepo/downloader.c ("Curl error (%d): %s for %s [%s]"),
    # librepo/handle.c ("Cannot prepare internal mirrorlist: "), and
    # rpm-software-management/libdnf libdnf/repo/Repo.cpp ("Failed to download metadata for repo '%s': %s")
    ("dnf-metalink-timeout", "transient",
     "Fedora 40 - x86_64                              0.0  B/s |   0  B     00:30\n"
     "Error: Failed to download metadata for repo 'fedora': Cannot prepare internal mirrorlist: Curl error "
     "(28): Timeout was reached for https://mirrors.example.org/metalink?repo=fedora-40&arch=x86_64 "
     "[Connection timed out after 30001 milliseconds]\n"),
    # librepo/downloader.c ("Status code: %ld for %s (IP: %s)") and librepo/yum.c
    # ("Cannot download repomd.xml: %s"), downloader.c ("Cannot download %s: All mirrors were tried")
    ("dnf-repomd-503", "transient",
     "Updates 40 - x86_64                             0.0  B/s |   0  B     00:01\n"
     "Error: Failed to download metadata for repo 'updates': Cannot download repomd.xml: Status code: 503 "
     "for https://mirror.example.org/updates/40/x86_64/repodata/repomd.xml (IP: 203.0.113.7)\n"),
    # librepo/downloader.c ("Curl error ...", "Cannot download, all mirrors were already tried without
    # success"), dnf/cli/cli.py ("Error downloading packages:")
    ("dnf-package-reset", "transient",
     "Downloading Packages:\n"
     "[MIRROR] libfoo-1.2-3.fc40.x86_64.rpm: Curl error (56): Failure when receiving data from the peer for "
     "https://mirror.example.org/fedora/40/x86_64/l/libfoo-1.2-3.fc40.x86_64.rpm [Recv failure: Connection "
     "reset by peer]\n"
     "Error: Error downloading packages:\n"
     "  libfoo-1.2-3.fc40.x86_64: Cannot download, all mirrors were already tried without success\n"),
    # the same two files; a mirror that answered 404 for a package its own metadata lists (a mirror
    # caught mid-sync): the next mirror or the next run has it
    ("dnf-package-mirror-404", "transient",
     "Downloading Packages:\n"
     "[MIRROR] libfoo-1.2-3.fc40.x86_64.rpm: Status code: 404 for "
     "https://mirror.example.org/fedora/40/x86_64/l/libfoo-1.2-3.fc40.x86_64.rpm (IP: 203.0.113.7)\n"
     "[FAILED] libfoo-1.2-3.fc40.x86_64.rpm: Status code: 404 for "
     "https://mirror.example.org/fedora/40/x86_64/l/libfoo-1.2-3.fc40.x86_64.rpm (IP: 203.0.113.7)\n"
     "Error: Error downloading packages:\n"
     "  libfoo-1.2-3.fc40.x86_64: Cannot download, all mirrors were already tried without success\n"),
    # librepo/downloader.c + yum.c: repomd.xml itself is 404 (a release moved to an archive, a wrong
    # baseurl): every run gets the same answer
    ("dnf-repomd-404", "real",
     "AppStream 8 - x86_64                            0.0  B/s |   0  B     00:00\n"
     "Error: Failed to download metadata for repo 'appstream': Cannot download repomd.xml: Cannot download "
     "repodata/repomd.xml: All mirrors were tried\n"
     "  - Status code: 404 for https://repo.example.org/8/AppStream/x86_64/os/repodata/repomd.xml "
     "(IP: 203.0.113.7)\n"),
    # librepo/handle.c ("No URLs in mirrorlist"): the mirror list for the release is empty (end of life)
    ("dnf-empty-mirrorlist", "real",
     "CentOS Linux 8 - AppStream                       70  B/s |  38  B     00:00\n"
     "Error: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: "
     "No URLs in mirrorlist\n"),
    # dnf/cli/commands/install.py ("Unable to find a match"), dnf/base.py ("No match for argument: %s")
    ("dnf-no-match", "real",
     "Last metadata expiration check: 0:00:03 ago on Mon 01 Jan 2024 10:00:00 AM UTC.\n"
     "No match for argument: libfooo-devel\n"
     "Error: Unable to find a match: libfooo-devel\n"),

    # ---------------------------------------------------------------- zypper / libzypp (openSUSE/libzypp)
    # zypp-logic/zypp-curl/ng/network/networkrequesterror.cc and zypp-media/mediaexception.cc
    # ("Location '%s' is temporarily unaccessible.": a 502/503)
    ("zypp-temporarily-unaccessible", "transient",
     "Retrieving repository 'Main Repository (OSS)' metadata ...[error]\n"
     "Location 'https://download.example.org/distribution/leap/15.6/repo/oss/repodata/repomd.xml' is "
     "temporarily unaccessible.\n"
     "Abort, retry, ignore? [a/r/i/...? shows all options] (a): a\n"),
    # same files ("Timeout exceeded when accessing '%s'.": a 504 or a curl timeout)
    ("zypp-timeout", "transient",
     "Retrieving repository 'Update Repository (OSS)' metadata ...[error]\n"
     "Timeout exceeded when accessing 'https://download.example.org/update/leap/15.6/oss/repodata/repomd.xml'.\n"),
    # zypp-media/mediaexception.cc ("Download (curl) error for '%s':\nError code: %s\nError message: %s")
    ("zypp-curl-dns", "transient",
     "Retrieving repository 'Main Repository (OSS)' metadata ...[error]\n"
     "Download (curl) error for 'https://download.example.org/distribution/leap/15.6/repo/oss/repodata/repomd.xml':\n"
     "Error code: Connection failed\n"
     "Error message: Could not resolve host: download.example.org\n"),
    # zypp/zypp/ZYppFactory.cc ("System management is locked by the application with pid %d (%s).")
    ("zypp-locked", "transient",
     "Loading repository data...\n"
     "System management is locked by the application with pid 1234 (zypper).\n"
     "Close this application before trying again.\n"),
    # networkrequesterror.cc / mediaexception.cc ("File '%s' not found on medium '%s'": a 404 or 410)
    ("zypp-file-not-found", "real",
     "Retrieving repository 'home:someone' metadata ...[error]\n"
     "File '/repodata/repomd.xml' not found on medium "
     "'https://download.example.org/repositories/home:someone/15.6/'\n"),

    # ---------------------------------------------------------------- apk-tools (alpinelinux/apk-tools)
    # src/database.c (apk_warn "%s <url>: %s" with "updating and opening"), src/print.c
    # ("temporary error (try again later)" in 2.x; "DNS: transient error (try again later)" in 3.x),
    # src/commit.c ("unable to select packages:"): the index was not fetched, so nothing is known
    ("apk-index-temporary-error", "transient",
     "fetch https://dl-cdn.example.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz\n"
     "WARNING: updating and opening https://dl-cdn.example.org/alpine/v3.20/main: temporary error (try again later)\n"
     "ERROR: unable to select packages:\n"
     "  libfoo (no such package):\n"
     "    required by: world[libfoo]\n"),
    ("apk-index-network-error", "transient",
     "fetch https://dl-cdn.example.org/alpine/v3.18/main/x86_64/APKINDEX.tar.gz\n"
     "WARNING: fetching https://dl-cdn.example.org/alpine/v3.18/main: network error (check Internet connection and firewall)\n"
     "ERROR: unable to select packages:\n"
     "  libfoo (no such package):\n"
     "    required by: world[libfoo]\n"),
    # src/print.c (APKE_HTTP_503_SERVICE_UNAVAILABLE "HTTP 503: Service Unavailable") for a package
    ("apk-package-503", "transient",
     "(3/12) Installing libfoo (1.2-r0)\n"
     "ERROR: libfoo-1.2-r0: HTTP 503: Service Unavailable\n"),
    # src/print.c (2.x ECONNREFUSED: "could not connect to server (check repositories file)")
    ("apk-connect-refused", "transient",
     "fetch https://dl-cdn.example.org/alpine/v3.18/community/x86_64/APKINDEX.tar.gz\n"
     "WARNING: fetching https://dl-cdn.example.org/alpine/v3.18/community: could not connect to server (check repositories file)\n"
     "ERROR: unable to select packages:\n"
     "  libbar (no such package):\n"
     "    required by: world[libbar]\n"),
    # src/commit.c with no fetch failure before it: the package does not exist
    ("apk-no-such-package", "real",
     "fetch https://dl-cdn.example.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz\n"
     "ERROR: unable to select packages:\n"
     "  libfooo (no such package):\n"
     "    required by: world[libfooo]\n"),
    # src/print.c (APKE_HTTP_404_NOT_FOUND): a repository URL that is not there
    ("apk-index-404", "real",
     "fetch https://dl-cdn.example.org/alpine/v3.99/main/x86_64/APKINDEX.tar.gz\n"
     "WARNING: updating and opening https://dl-cdn.example.org/alpine/v3.99/main: HTTP 404: Not Found\n"
     "ERROR: unable to select packages:\n"
     "  libfoo (no such package):\n"
     "    required by: world[libfoo]\n"),
    # src/print.c ("UNTRUSTED signature"): the keys do not match the index
    ("apk-untrusted-signature", "real",
     "fetch https://dl-cdn.example.org/alpine/edge/testing/x86_64/APKINDEX.tar.gz\n"
     "ERROR: https://dl-cdn.example.org/alpine/edge/testing: UNTRUSTED signature\n"
     "WARNING: Ignoring https://dl-cdn.example.org/alpine/edge/testing: UNTRUSTED signature\n"),

    # ---------------------------------------------------------------- vcpkg (microsoft/vcpkg-tool)
    # include/vcpkg/base/message-data.inc.h (CurlFailedResponse, DownloadTransientErrorRetry,
    # DownloadTransientErrorRetriesExhausted), used by src/vcpkg/base/downloads.cpp
    ("vcpkg-503-retries-exhausted", "transient",
     "Downloading https://example.org/libfoo/archive/v1.2.3.tar.gz -> libfoo-v1.2.3.tar.gz\n"
     "error: curl operation failed with response code 503.\n"
     "Attempt 1 of 3, retrying download.\n"
     "error: curl operation failed with response code 503.\n"
     "Attempt 2 of 3, retrying download.\n"
     "error: curl operation failed with response code 503.\n"
     "error: Reached maximum number of attempts, won't retry download from "
     "https://example.org/libfoo/archive/v1.2.3.tar.gz.\n"),
    # message-data.inc.h (CurlFailedGeneric + curl_easy_strerror, DownloadNotTransientErrorWontRetry:
    # vcpkg does not retry curl-level errors, yet the error is the network's)
    ("vcpkg-curl-recv", "transient",
     "Downloading https://example.org/libfoo/archive/v1.2.3.tar.gz -> libfoo-v1.2.3.tar.gz\n"
     "error: curl operation failed with error code 56 (Failure when receiving data from the peer).\n"
     "error: Not a transient network error, won't retry download from https://example.org/libfoo/archive/v1.2.3.tar.gz\n"),
    ("vcpkg-curl-resolve", "transient",
     "Downloading https://example.org/libfoo/archive/v1.2.3.tar.gz -> libfoo-v1.2.3.tar.gz\n"
     "error: curl operation failed with error code 6 (Couldn't resolve host name).\n"
     "error: Not a transient network error, won't retry download from https://example.org/libfoo/archive/v1.2.3.tar.gz\n"),
    # message-data.inc.h (CurlDownloadTimeout "Download timed out.")
    ("vcpkg-download-timeout", "transient",
     "Downloading https://example.org/libfoo/archive/v1.2.3.tar.gz -> libfoo-v1.2.3.tar.gz\n"
     "error: Download timed out.\n"
     "Attempt 1 of 3, retrying download.\n"
     "error: Download timed out.\n"
     "Attempt 2 of 3, retrying download.\n"
     "error: Download timed out.\n"
     "error: Reached maximum number of attempts, won't retry download from "
     "https://example.org/libfoo/archive/v1.2.3.tar.gz.\n"),
    # message-data.inc.h (FailedToTakeLock), reported by src/vcpkg/installeddatabase.cpp
    ("vcpkg-lock", "transient",
     "Computing installation plan...\n"
     "/home/runner/work/app/app/vcpkg_installed/vcpkg/vcpkg-lock: error: failed to take lock, another vcpkg "
     "may be running against the same directory\n"),
    # message-data.inc.h (CurlFailedResponse 404, DownloadNotTransientErrorWontRetry)
    ("vcpkg-404", "real",
     "Downloading https://example.org/libfoo/archive/v9.9.9.tar.gz -> libfoo-v9.9.9.tar.gz\n"
     "error: curl operation failed with response code 404.\n"
     "error: Not a transient network error, won't retry download from https://example.org/libfoo/archive/v9.9.9.tar.gz\n"),
    # message-data.inc.h (DownloadFailedHashMismatch and its Expected/Actual lines)
    ("vcpkg-hash-mismatch", "real",
     "Downloading https://example.org/libfoo/archive/v1.2.3.tar.gz -> libfoo-v1.2.3.tar.gz\n"
     "error: download from https://example.org/libfoo/archive/v1.2.3.tar.gz had an unexpected hash\n"
     "note: Expected: 1f2e3d4c5b6a\n"
     "note: Actual  : 6a5b4c3d2e1f\n"),

    # ---------------------------------------------------------------- Conan (conan-io/conan)
    # conans/client/downloaders/file_downloader.py ("Download failed, check server, possibly try again")
    ("conan-download-failed", "transient",
     "libfoo/1.2.3: Retrieving package 0a1b2c3d from remote 'conancenter'\n"
     "ERROR: Download failed, check server, possibly try again\n"
     "HTTPSConnectionPool(host='center.example.org', port=443): Read timed out.\n"),
    # same file ("Error %d downloading file %s")
    ("conan-error-503", "transient",
     "libfoo/1.2.3: Downloading https://example.org/libfoo-1.2.3.tar.gz\n"
     "WARN: network: Error 503 downloading file https://example.org/libfoo-1.2.3.tar.gz\n"
     "Waiting 5 seconds to retry...\n"
     "ERROR: libfoo/1.2.3: Error in source() method, line 40\n"
     "\tget(self, **self.conan_data[\"sources\"][self.version], strip_root=True)\n"
     "\tConanException: Error 503 downloading file https://example.org/libfoo-1.2.3.tar.gz\n"),
    # conans/client/remote_manager.py ("Unable to connect to remote %s=%s")
    ("conan-remote-unreachable", "transient",
     "======== Computing dependency graph ========\n"
     "ERROR: HTTPSConnectionPool(host='center.example.org', port=443): Max retries exceeded with url: "
     "/v2/conans/libfoo/1.2.3/_/_/revisions/latest (Caused by NewConnectionError('<urllib3.connection."
     "HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))\n"
     "\n"
     "Unable to connect to remote conancenter=https://center.example.org\n"
     "1. Make sure the remote is reachable or,\n"),
    # conans/client/graph/proxy.py ("Unable to find '%s' in remotes"), graph_error.py ("not resolved")
    ("conan-not-in-remotes", "real",
     "======== Computing dependency graph ========\n"
     "ERROR: Package 'libfoo/9.9.9' not resolved: Unable to find 'libfoo/9.9.9' in remotes.\n"),
    # conans/util/files.py ("%s signature failed for '%s' file.")
    ("conan-sha256-failed", "real",
     "libfoo/1.2.3: Downloading https://example.org/libfoo-1.2.3.tar.gz\n"
     "ERROR: libfoo/1.2.3: Error in source() method, line 40\n"
     "\tConanException: sha256 signature failed for 'libfoo-1.2.3.tar.gz' file. \n"
     " Provided signature: 1f2e3d4c5b6a\n"
     " Computed signature: 6a5b4c3d2e1f\n"),
    # conans/client/downloaders/file_downloader.py ("Not found: %s")
    ("conan-not-found", "real",
     "libfoo/1.2.3: Downloading https://example.org/libfoo-9.9.9.tar.gz\n"
     "ERROR: libfoo/1.2.3: Error in source() method, line 40\n"
     "\tNotFoundException: Not found: https://example.org/libfoo-9.9.9.tar.gz\n"),
    # conans/client/graph/install_graph.py ("Missing prebuilt package for '%s'")
    ("conan-missing-binary", "real",
     "======== Computing necessary packages ========\n"
     "ERROR: Missing prebuilt package for 'libfoo/1.2.3'. You can try:\n"
     "    - List all available packages using 'conan list \"libfoo/1.2.3:*\" -r=remote'\n"),
]


@pytest.mark.parametrize(("name", "verdict", "log"), CASES, ids=[c[0] for c in CASES])
def test_tool_message_reads_right(name, verdict, log):
    v = judge(log + _EXIT)
    assert v.verdict == verdict, f"{name}: {v.verdict} ({v.rationale})"


def test_every_case_has_a_distinct_name_and_both_leanings_appear():
    names = [c[0] for c in CASES]
    assert len(names) == len(set(names))
    assert {c[1] for c in CASES} == {"transient", "real"}
