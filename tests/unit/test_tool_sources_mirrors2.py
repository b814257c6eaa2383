"""Twentieth round, tool sources: OS package mirrors and language registries, the forms not yet read.

Covered: apt (a .deb or an index of another size while the mirror syncs, "Could not connect to ...
connection timed out" for the archive and for a PPA whose missing list then hides a package,
add-apt-repository's Launchpad 503, a package removed from the release, no installation candidate, a
pinned version gone, an end-of-life release without a Release file, a release whose Suite changed), dnf
5's metalink timeout, dnf 4's "All mirrors were tried" after a reset and after a mirror's size mismatch,
yum 3's repomd timeout, dnf's GPG check and repomd.xml signature, apk's DNS and timeout errors (the
ERROR form too), zypper's curl reset and missing provider, pacman's database timeout and DNS error, its
PGP "unknown trust" and unknown target, Homebrew's bottle 502, Chocolatey's community repository rate
limit and a checksum that does not meet the package's, conda's 502 help text, libmamba's download error,
CRAN's failed package download, a Bioconductor version that needs another R, cpanm's failed fetch after
its retries, opam's repository update, LuaRocks' manifest fetch and its "No results matching query",
xcodebuild's "Couldn't fetch updates from remote repositories" on a 502, CocoaPods' CDN connect failure,
Maven Central's 429, the Gradle plugin portal's reset, sbt's "not found" everywhere, NuGet's NU1301 on a
503, the Go module proxy's 502, unexpected EOF and DNS failure, the checksum database's 410 for an
unknown revision, go.sum's SECURITY ERROR, cargo's index timeout, DNS failure and lockfile checksum,
pip's "from versions: none" and hash mismatch, uv's 503, npm's ERR_SOCKET_TIMEOUT, EAI_AGAIN and
EINTEGRITY, pnpm's FETCH_503, FETCH_404 on a private scope, ERR_INVALID_THIS and tarball integrity, Yarn
Berry's YN0001 RequestError and YN0018 checksum, bun's 503. Already covered elsewhere and not repeated:
apt's Hash Sum mismatch, 503s and "not valid yet" (test_tool_sources_robotics_ros.py,
test_tool_sources_clocks_time_certs.py, test_tool_sources_distro_pkg_builds.py), Homebrew, Chocolatey's
web-file downloads, NuGet's other restores, dnf's metalink/repomd/404 forms, zypper's DNS and timeout,
apk's temporary error and UNTRUSTED signature, vcpkg and conan (test_tool_sources_os_packages.py),
winget and scoop (test_tool_sources_windows.py), conda's HTTP 000 (test_tool_sources_ecosystems.py,
test_tool_sources_workflow_engines.py), CRAN's index and "not available for this version of R"
(test_tool_sources_php_perl_r.py, test_tool_sources_gpu_ml_notebooks_r.py), cpanm, cabal/stack, opam's
solver and LuaRocks' builds (test_tool_sources_lang_ecosystems_more.py,
test_tool_sources_fp_jvm_langs.py, test_tool_sources_ecosystems.py), CocoaPods and SwiftPM
(test_tool_sources_xcode_swift.py, test_tool_sources_jvm_apple_mobile.py), pub.dev
(test_tool_sources_dart_mobile_ui.py), Gradle's and Maven's status codes
(test_tool_sources_artifact_repos.py, test_tool_sources_jvm_tests.py), Coursier
(test_tool_sources_fp_jvm_langs.py), Go's proxy 503 and cargo's spurious retries
(test_tool_sources_rust_go_checks.py), pip's read timeouts, uv's other fetches and pnpm's
META_FETCH_FAIL on a hang-up (test_tool_sources_py_envs.py, test_tool_sources_pkgs.py,
test_tool_sources_setup_actions.py).

Each case is a short log written for this test around one message as the tool prints it. The comment
above each case names the repository and file holding the wording and says whether it was read here
(pacman's lib/libalpm/dload.c, apk-tools' error table in a copy, conda's download.py, cargo's
encode.rs, Chocolatey's Get-ChecksumValid.ps1, opam's OpamUpdate.ml, LuaRocks' manif.lua, Yarn Berry's
Cache.ts, pnpm/pnpm#6424) or recalled (the rest, marked so; apt's and cpanm's words were checked against
public logs that quote them). Hosts, packages and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a mirror or registry answering 5xx or 429, timing out, resetting the connection, failing DNS for a
    public host, or serving a file of another size or checksum while it syncs -> transient; the
    "no such package" / "Unable to locate package" / "No results matching query" that a missing index
    causes is that failure's damage, read with it;
  * a persistent cause (a package removed from a release, a pinned version gone, an end-of-life release,
    a package or version that exists nowhere, a key not imported or a keyring too old, a checksum pinned
    by the lockfile or the package that differs, a private scope or index the job has no access to,
    a pnpm that does not fit the job's Node, an R that does not fit the pinned Bioconductor) -> real;
  * near-misses: a test ABOUT these errors failing on its assertion, an application's own log lines
    naming an outage after a failing test summary -> real;
  * wordings printed both for an outage and for a persistent cause (a pool .deb 404 from stale lists or
    a mid-sync mirror, a retired CentOS mirror list host that no longer resolves, a pacman package 404,
    apk's "package mentioned in index not found", a bottle manifest 404 right after a tap update) -> not
    surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA100 = "##[error]Process completed with exit code 100.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_JENKINS = "script returned exit code 1\nFinished: FAILURE\n"
_AZURE = "##[error]Bash exited with code '1'.\nFinishing: Run script\n"
_AZURE_PS = "##[error]PowerShell exited with code '1'.\n"


def _travis(cmd: str, code: int = 1) -> str:
    return f'\nThe command "{cmd}" exited with {code}.\n\nDone. Your build exited with 1.\n'


_APT = "+ sudo apt-get install -y --no-install-recommends libssl-dev pkg-config\nReading package lists...\nBuilding dependency tree...\n"
_APT_UPDATE = "+ sudo apt-get update -qq\n"

CASES = [
    # ================================================================== apt
    # apt (Debian's apt, apt-pkg/acquire-item.cc: "File has unexpected size (%llu != %llu). Mirror sync in progress?",
    # the "Hashes of expected file:" list; apt-private/private-install.cc: "Unable to fetch some archives, maybe run
    # apt-get update or try with --fix-missing?"; recalled, the words checked against public logs that quote them):
    # a .deb the index lists arriving at another size while the mirror syncs
    ("apt-deb-unexpected-size-mirror-sync", "transient",
     _APT +
     "Get:1 http://azure.archive.ubuntu.com/ubuntu jammy-updates/main amd64 libssl-dev amd64 3.0.2-0ubuntu1.18 [2374 kB]\n"
     "Err:1 http://azure.archive.ubuntu.com/ubuntu jammy-updates/main amd64 libssl-dev amd64 3.0.2-0ubuntu1.18\n"
     "  File has unexpected size (2371002 != 2374120). Mirror sync in progress? [IP: 52.147.219.192 80]\n"
     "  Hashes of expected file:\n"
     "   - SHA256:4e1f0c2b9a8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f\n"
     "   - Filesize:2374120 [weak]\n"
     "E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/o/openssl/libssl-dev_3.0.2-0ubuntu1.18_amd64.deb  "
     "File has unexpected size (2371002 != 2374120). Mirror sync in progress? [IP: 52.147.219.192 80]\n"
     "E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n" + _GHA100),
    # the same on an index file during apt-get update, closed by apt-get's "Some index files failed to download"
    # (cmdline/apt-get.cc, recalled)
    ("apt-update-index-unexpected-size", "transient",
     "$ apt-get update\n"
     "Get:5 http://deb.debian.org/debian bookworm-updates/main amd64 Packages.diff/Index [11.8 kB]\n"
     "Err:6 http://deb.debian.org/debian bookworm/main amd64 Packages\n"
     "  File has unexpected size (8791144 != 8792054). Mirror sync in progress? [IP: 151.101.2.132 80]\n"
     "  Hashes of expected file:\n"
     "   - Filesize:8792054 [weak]\n"
     "  Release file created at: Sat, 09 Nov 2024 10:05:31 +0000\n"
     "Fetched 9012 kB in 3s (2804 kB/s)\n"
     "E: Failed to fetch http://deb.debian.org/debian/dists/bookworm/main/binary-amd64/Packages.xz  "
     "File has unexpected size (8791144 != 8792054). Mirror sync in progress? [IP: 151.101.2.132 80]\n"
     "E: Some index files failed to download. They have been ignored, or old ones used instead.\n" + _GL),
    # apt methods/connect.cc ("Could not connect to %s:%s (%s), connection timed out", recalled): the archive host
    # not answering
    ("apt-could-not-connect-archive", "transient",
     _APT +
     "Err:3 http://archive.ubuntu.com/ubuntu noble-updates/main amd64 pkgconf-bin amd64 1.8.1-2build1\n"
     "  Could not connect to archive.ubuntu.com:80 (185.125.190.36), connection timed out "
     "Could not connect to archive.ubuntu.com:80 (91.189.91.82), connection timed out\n"
     "E: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/p/pkgconf/pkgconf-bin_1.8.1-2build1_amd64.deb  "
     "Could not connect to archive.ubuntu.com:80 (185.125.190.36), connection timed out\n"
     "E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n" + _CIRCLE),
    # the same for a PPA's InRelease during apt-get update (a warning: apt goes on with the other lists), then
    # "Unable to locate package" for the package only that PPA carries: the missing index is the cause (rests on the
    # order of the lines; a package that no list has would read real, next case)
    ("apt-ppa-timeout-then-unable-to-locate", "transient",
     _APT_UPDATE +
     "Err:7 https://ppa.launchpadcontent.net/example-team/toolchain/ubuntu jammy InRelease\n"
     "  Could not connect to ppa.launchpadcontent.net:443 (185.125.190.80), connection timed out\n"
     "W: Failed to fetch https://ppa.launchpadcontent.net/example-team/toolchain/ubuntu/dists/jammy/InRelease  "
     "Could not connect to ppa.launchpadcontent.net:443 (185.125.190.80), connection timed out\n"
     "W: Some index files failed to download. They have been ignored, or old ones used instead.\n"
     "+ sudo apt-get install -y gcc-14\n"
     "Reading package lists...\n"
     "E: Unable to locate package gcc-14\n" + _GHA100),
    # software-properties' add-apt-repository (softwareproperties/ppa.py, recalled) asking Launchpad's API through
    # launchpadlib; lazr.restfulclient's ServerError ("HTTP Error 503: Service Unavailable", recalled)
    ("apt-add-repository-launchpad-503", "transient",
     "+ sudo add-apt-repository -y ppa:example-team/toolchain\n"
     "Traceback (most recent call last):\n"
     "  File \"/usr/bin/add-apt-repository\", line 364, in <module>\n"
     "    sys.exit(0 if addaptrepo.main() else 1)\n"
     "  File \"/usr/lib/python3/dist-packages/softwareproperties/ppa.py\", line 120, in lpppa\n"
     "    self._lpppa = self.lpteam.getPPAByName(name=self.ppaname)\n"
     "lazr.restfulclient.errors.ServerError: HTTP Error 503: Service Unavailable\n"
     "Response headers:\n---\n-content-encoding: gzip\nstatus: 503\n---\n" + _GHA),
    # apt cmdline/apt-get.cc / apt-private/private-cacheset.cc ("Unable to locate package %s", recalled): a package
    # no list names after a fresh update (removed from the release)
    ("apt-unable-to-locate-package", "real",
     _APT_UPDATE + "+ sudo apt-get install -y python2-dev\nReading package lists...\nBuilding dependency tree...\n"
     "E: Unable to locate package python2-dev\n" + _GHA100),
    # apt-private/private-cacheset.cc ("Package %s is not available, but is referred to by another package.",
    # "However the following packages replace it:", "Package '%s' has no installation candidate", recalled)
    ("apt-no-installation-candidate", "real",
     _APT +
     "Package libfoo-legacy-dev is not available, but is referred to by another package.\n"
     "This may mean that the package is missing, has been obsoleted, or\n"
     "is only available from another source\n"
     "However the following packages replace it:\n"
     "  libfoo2-dev\n\n"
     "E: Package 'libfoo-legacy-dev' has no installation candidate\n" + _GL),
    # apt-private/private-cacheset.cc ("Version '%s' for '%s' was not found", recalled): a pinned version the
    # archive no longer carries
    ("apt-version-not-found", "real",
     "+ apt-get install -y libfoo-dev=1.2.3-1ubuntu0.4\nReading package lists...\n"
     "E: Version '1.2.3-1ubuntu0.4' for 'libfoo-dev' was not found\n" + _travis("./ci/install-deps.sh", 100)),
    # apt-pkg/acquire-item.cc ("The repository '%s' no longer has a Release file.", recalled): a release past its
    # end of life, moved off the archive
    ("apt-eol-release-no-release-file", "real",
     _APT_UPDATE +
     "Ign:4 http://archive.ubuntu.com/ubuntu mantic InRelease\n"
     "Err:5 http://archive.ubuntu.com/ubuntu mantic Release\n"
     "  404  Not Found [IP: 185.125.190.39 80]\n"
     "E: The repository 'http://archive.ubuntu.com/ubuntu mantic Release' no longer has a Release file.\n"
     "N: Updating from such a repository can't be done securely, and is therefore disabled by default.\n" + _GHA100),

    # apt apt-pkg/acquire-item.cc ("Repository '%s' changed its '%s' value from '%s' to '%s'", recalled) inside a
    # docker build: a release that moved on (read unknown before this round: apt-release-info-changed)
    ("apt-release-info-changed-suite", "real",
     "#6 [2/4] RUN apt-get update && apt-get install -y --no-install-recommends curl\n"
     "#6 1.204 Get:1 http://deb.debian.org/debian bullseye InRelease [75.1 kB]\n"
     "#6 1.910 E: Repository 'http://deb.debian.org/debian bullseye InRelease' changed its 'Suite' value from 'stable' "
     "to 'oldstable'\n"
     "#6 1.911 N: This must be accepted explicitly before updates for this repository can be applied. See apt-secure(8) "
     "manpage for details.\n"
     "#6 ERROR: process \"/bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl\" did not complete "
     "successfully: exit code: 100\n" + _GHA),
    # ================================================================== dnf / yum
    # dnf5 (rpm-software-management/dnf5, libdnf5/repo: "Failed to download metadata (metalink: ...) for repository",
    # recalled) over librepo ("Cannot prepare internal mirrorlist: Curl error (28): Timeout was reached for %s [%s]",
    # librepo/downloader.c and handle.c, recalled)
    ("dnf5-metalink-curl-28", "transient",
     "+ dnf5 -y install gcc make\n"
     "Updating and loading repositories:\n"
     ">>> Curl error (28): Timeout was reached for https://mirrors.fedoraproject.org/metalink?repo=fedora-41&arch=x86_64 "
     "[Operation timed out after 30000 milliseconds with 0 out of 0 bytes received]\n"
     "Failed to download metadata (metalink: \"https://mirrors.fedoraproject.org/metalink?repo=fedora-41&arch=x86_64\") "
     "for repository \"fedora\"\n"
     " Librepo error: Cannot prepare internal mirrorlist: Curl error (28): Timeout was reached for "
     "https://mirrors.fedoraproject.org/metalink?repo=fedora-41&arch=x86_64 [Operation timed out after 30000 "
     "milliseconds with 0 out of 0 bytes received]\n" + _GL),
    # librepo's per-mirror "[MIRROR]" and "[FAILED] ... No more mirrors to try - All mirrors were already tried
    # without success" lines as dnf 4 prints them (dnf/repo.py, recalled) and dnf's "Error downloading packages: Cannot
    # download %s: All mirrors were tried" (recalled); the mirror reset the connection
    ("dnf-packages-all-mirrors-tried", "transient",
     "+ dnf -y install rpm-build\n"
     "[MIRROR] rpm-build-4.19.1-1.fc40.x86_64.rpm: Curl error (56): Failure when receiving data from the peer for "
     "https://mirror.example.org/fedora/updates/40/Everything/x86_64/Packages/r/rpm-build-4.19.1-1.fc40.x86_64.rpm "
     "[Recv failure: Connection reset by peer]\n"
     "[FAILED] rpm-build-4.19.1-1.fc40.x86_64.rpm: No more mirrors to try - All mirrors were already tried without success\n"
     "Error: Error downloading packages:\n"
     "  Cannot download Packages/r/rpm-build-4.19.1-1.fc40.x86_64.rpm: All mirrors were tried\n" + _GHA),
    # librepo's header check ("Interrupted by header callback: Server reports Content-Length: %s but expected size
    # is: %s", librepo/downloader.c, recalled): a mirror serving another build of the rpm mid-sync
    ("dnf-rpm-checksum-mid-sync", "transient",
     "+ dnf -y install git-core\n"
     "[MIRROR] git-core-2.46.0-1.fc40.x86_64.rpm: Interrupted by header callback: Server reports Content-Length: "
     "4932120 but expected size is: 4933984\n"
     "[FAILED] git-core-2.46.0-1.fc40.x86_64.rpm: No more mirrors to try - All mirrors were already tried without success\n"
     "Error: Error downloading packages:\n"
     "  Cannot download Packages/g/git-core-2.46.0-1.fc40.x86_64.rpm: All mirrors were tried\n" + _CIRCLE),
    # yum 3 (yum/yumRepo.py and urlgrabber, recalled: "[Errno 12] Timeout on %s", "Trying other mirror.", "One of
    # the configured repositories failed", "failure: repodata/repomd.xml from %s: [Errno 256] No more mirrors to try.")
    ("yum-baseurl-curl-28-epel", "transient",
     "+ yum install -y epel-release jq\n"
     "Loaded plugins: fastestmirror, ovl\n"
     "https://mirror.example.org/epel/7/x86_64/repodata/repomd.xml: [Errno 12] Timeout on "
     "https://mirror.example.org/epel/7/x86_64/repodata/repomd.xml: (28, 'Operation timed out after 30001 milliseconds "
     "with 0 out of 0 bytes received')\n"
     "Trying other mirror.\n"
     "\n\n One of the configured repositories failed (Extra Packages for Enterprise Linux 7 - x86_64),\n"
     " and yum doesn't have enough cached data to continue.\n"
     "failure: repodata/repomd.xml from epel: [Errno 256] No more mirrors to try.\n"
     "https://mirror.example.org/epel/7/x86_64/repodata/repomd.xml: [Errno 12] Timeout on "
     "https://mirror.example.org/epel/7/x86_64/repodata/repomd.xml: (28, 'Operation timed out after 30001 milliseconds')\n"
     + _JENKINS),
    # dnf (dnf/base.py, recalled: "Public key for %s is not installed", "Error: GPG check FAILED"): the repository's
    # key is not imported, on every run
    ("dnf-gpg-check-failed", "real",
     "+ dnf -y install acme-agent\n"
     "warning: /var/cache/dnf/acme-2f1e/packages/acme-agent-3.1.0-1.x86_64.rpm: Header V4 RSA/SHA256 Signature, key ID "
     "0a1b2c3d: NOKEY\n"
     "Public key for acme-agent-3.1.0-1.x86_64.rpm is not installed\n"
     "The downloaded packages were saved in cache until the next successful transaction.\n"
     "You can remove cached packages by executing 'dnf clean packages'.\n"
     "Error: GPG check FAILED\n" + _GL),
    # dnf 4 (dnf/repo.py over librepo's repo_gpgcheck, recalled: "Failed to download metadata for repo '%s': repomd.xml
    # GPG signature verification error: %s"): a rotated or missing key, on every run (read transient before this
    # round on "Failed to download": download-failed now passes over it, dnf-repo-gpg-verification reads it)
    ("dnf-repomd-bad-gpg-signature", "real",
     "+ dnf -y install postgresql16-server\n"
     "PostgreSQL common RPMs for RHEL / Rocky / AlmaLinux 9 - x86_64  2.4 kB/s | 659  B     00:00\n"
     "Error: Failed to download metadata for repo 'pgdg-common': repomd.xml GPG signature verification error: Bad GPG "
     "signature\n" + _JENKINS),
    # ================================================================== apk / zypper
    # apk-tools src/print.c (apk_error_str: "DNS lookup error", read in a copy of the table) in src/database.c's
    # "fetching %s: %s" warning (recalled), then "unable to select packages: x (no such package)": the index is missing
    ("apk-dns-lookup-error", "transient",
     "+ apk add --no-cache git openssh-client\n"
     "fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz\n"
     "WARNING: fetching https://dl-cdn.alpinelinux.org/alpine/v3.20/main: DNS lookup error\n"
     "fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/community/x86_64/APKINDEX.tar.gz\n"
     "WARNING: fetching https://dl-cdn.alpinelinux.org/alpine/v3.20/community: DNS lookup error\n"
     "ERROR: unable to select packages:\n"
     "  git (no such package):\n    required by: world[git]\n"
     "  openssh-client (no such package):\n    required by: world[openssh-client]\n" + _GL),
    # apk-tools src/print.c ("operation timed out", read in a copy of the table) as the ERROR line for the
    # repository's URL followed by "WARNING: Ignoring ..." (recalled), then the solver's "no such package"
    # (before this round the solver line outweighed it: solver-conflict's unless_log took only the WARNING form)
    ("apk-operation-timed-out", "transient",
     "+ apk add --no-cache curl\n"
     "fetch https://dl-cdn.alpinelinux.org/alpine/v3.19/main/x86_64/APKINDEX.tar.gz\n"
     "ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.19/main: operation timed out\n"
     "WARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.19/main: No such file or directory\n"
     "ERROR: unable to select packages:\n  curl (no such package):\n    required by: world[curl]\n" + _GHA),
    # libzypp (zypp/media/MediaCurl.cc "Download (curl) error for '%s':", "Error code: %s", "Error message: %s"),
    # zypper's "Valid metadata not found at specified URL" and "Skipping repository ... because of the above error"
    # (recalled)
    ("zypper-curl-56-reset", "transient",
     "+ zypper --non-interactive install gcc13\n"
     "Retrieving repository 'repo-oss' metadata [..error]\n"
     "Repository 'repo-oss' is invalid.\n"
     "[repo-oss|http://download.opensuse.org/distribution/leap/15.6/repo/oss/] Valid metadata not found at specified URL\n"
     "History:\n"
     " - Download (curl) error for 'http://download.opensuse.org/distribution/leap/15.6/repo/oss/repodata/repomd.xml':\n"
     "Error code: Curl error 56\n"
     "Error message: Recv failure: Connection reset by peer\n\n"
     "Please check if the URIs defined for this repository are pointing to a valid repository.\n"
     "Skipping repository 'repo-oss' because of the above error.\n" + _GHA),
    # zypper src/utils/misc.cc / Summary ("'%s' not found in package names. Trying capabilities.", "No provider of
    # '%s' found.", recalled)
    ("zypper-no-provider", "real",
     "+ zypper --non-interactive install libfoo-devel\n"
     "Loading repository data...\nReading installed packages...\n"
     "'libfoo-devel' not found in package names. Trying capabilities.\n"
     "No provider of 'libfoo-devel' found.\n" + _GHA),

    # ================================================================== pacman
    # pacman lib/libalpm/dload.c (_alpm_log "failed retrieving file '%s' from %s : %s\n" with curl's error buffer,
    # read), pacman's "failed to synchronize all databases (%s)" (src/pacman/sync.c, recalled)
    ("pacman-db-operation-too-slow", "transient",
     "+ pacman -Syu --noconfirm --needed base-devel\n"
     ":: Synchronizing package databases...\n"
     "error: failed retrieving file 'core.db' from mirror.example.org : Operation too slow. Less than 1 bytes/sec "
     "transferred the last 10 seconds\n"
     "error: failed retrieving file 'extra.db' from mirror.example.org : Operation too slow. Less than 1 bytes/sec "
     "transferred the last 10 seconds\n"
     "error: failed to synchronize all databases (download library error)\n" + _GHA),
    # the same with curl's "Could not resolve host: %s"
    ("pacman-could-not-resolve-host", "transient",
     "+ pacman -Sy --noconfirm cmake\n"
     ":: Synchronizing package databases...\n"
     "error: failed retrieving file 'extra.db' from geo.mirror.example.org : Could not resolve host: geo.mirror.example.org\n"
     "error: failed to synchronize all databases (download library error)\n" + _CIRCLE),
    # libalpm signing.c ("%s: signature from \"%s\" is unknown trust", recalled) and pacman's "File %s is corrupted
    # (%s)" / "failed to commit transaction (invalid or corrupted package (PGP signature))" (src/pacman/callback.c,
    # sync.c, recalled): a keyring older than the packager's key, on every run
    ("pacman-pgp-signature-unknown-trust", "real",
     "+ pacman -S --noconfirm libfoo\n"
     "(1/1) checking keys in keyring\n(1/1) checking package integrity\n"
     "error: libfoo: signature from \"Jane Packager <jane@example.org>\" is unknown trust\n"
     ":: File /var/cache/pacman/pkg/libfoo-2.1.0-1-x86_64.pkg.tar.zst is corrupted (invalid or corrupted package "
     "(PGP signature)).\n"
     "Do you want to delete it? [Y/n] \n"
     "error: failed to commit transaction (invalid or corrupted package (PGP signature))\n"
     "Errors occurred, no packages were upgraded.\n" + _GHA),
    # pacman src/pacman/sync.c ("target not found: %s", recalled)
    ("pacman-target-not-found", "real",
     "+ pacman -S --noconfirm python2\n"
     "error: target not found: python2\n" + _GL),

    # ================================================================== Homebrew / Chocolatey
    # Homebrew/brew Library/Homebrew/download_strategy.rb (curl's "(22) The requested URL returned error: 502") under
    # exceptions.rb's DownloadError ('Failed to download resource "%s"', "Download failed: %s"; recalled)
    ("brew-bottle-curl-22-502", "transient",
     "+ brew install pkgconf\n"
     "==> Downloading https://ghcr.io/v2/homebrew/core/pkgconf/blobs/sha256:1f2e3d4c5b6a\n"
     "curl: (22) The requested URL returned error: 502\n"
     "Error: Failed to download resource \"pkgconf\"\n"
     "Download failed: https://ghcr.io/v2/homebrew/core/pkgconf/blobs/sha256:1f2e3d4c5b6a\n" + _GHA),
    # chocolatey/choco (its NuGet client: "[NuGet] Not able to contact source '%s'. Error was %s", recalled) with .NET's
    # WebException text "The remote server returned an error: (429) Too Many Requests." (documented); the community
    # repository's rate limit then reads as "not found with the source(s) listed"
    ("choco-community-429", "transient",
     "+ choco install ninja -y --no-progress\n"
     "Chocolatey v2.3.0\n"
     "Installing the following packages:\nninja\n"
     "[NuGet] Not able to contact source 'https://community.chocolatey.org/api/v2/'. Error was The remote server "
     "returned an error: (429) Too Many Requests.\n"
     "ninja not installed. The package was not found with the source(s) listed.\n"
     " Source(s): 'https://community.chocolatey.org/api/v2/'\n"
     "Chocolatey installed 0/1 packages. 1 packages failed.\n"
     " See the log for details (C:\\ProgramData\\chocolatey\\logs\\chocolatey.log).\n" + _AZURE_PS),
    # chocolatey/choco src/chocolatey.resources/helpers/functions/Get-ChecksumValid.ps1 ("Checksum for '$file' did not
    # meet '$checksum' for checksum type '$checksumType'. Consider passing the actual checksums ...", read): the vendor
    # replaced the file behind the package's pinned checksum
    ("choco-checksum-did-not-meet", "real",
     "+ choco install acme-cli -y\n"
     "Downloading acme-cli 64 bit\n  from 'https://downloads.example.org/acme-cli/acme-cli-4.2.0-x64.msi'\n"
     "Progress: 100% - Completed download of C:\\Users\\runneradmin\\AppData\\Local\\Temp\\chocolatey\\acme-cli\\4.2.0\\acme-cli-4.2.0-x64.msi (31.2 MB).\n"
     "Download of acme-cli-4.2.0-x64.msi (31.2 MB) completed.\n"
     "Error - hashes do not match. Actual value was '9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2D1E0F9A8B'.\n"
     "ERROR: Checksum for 'C:\\Users\\runneradmin\\AppData\\Local\\Temp\\chocolatey\\acme-cli\\4.2.0\\acme-cli-4.2.0-x64.msi' "
     "did not meet '3F1D0C9E8B7A6F5E4D3C2B1A0F9E8D7C6B5A4F3E2D1C0B9A8F7E6D5C4B3A2F1E' for checksum type 'sha256'. "
     "Consider passing the actual checksums through with --checksum --checksum64 once you validate the checksums are "
     "appropriate. A less secure option is to pass --ignore-checksums if necessary.\n"
     "The install of acme-cli was NOT successful.\n" + _GHA),

    # ================================================================== conda / mamba
    # conda/conda conda/gateways/connection/download.py and conda/core/subdir_data.py (CondaHTTPError "HTTP %s %s for
    # url <%s>", the 500-type help text "A remote server error occurred ...", read)
    ("conda-http-502-bad-gateway", "transient",
     "+ conda env create -f environment.yml\n"
     "Collecting package metadata (repodata.json): failed\n\n"
     "CondaHTTPError: HTTP 502 BAD GATEWAY for url <https://conda.anaconda.org/conda-forge/linux-64/repodata.json>\n"
     "Elapsed: 00:31.402861\n\n"
     "A remote server error occurred when trying to retrieve this URL.\n\n"
     "A 500-type error (e.g. 500, 501, 502, 503, etc.) indicates the server failed to\n"
     "fulfill a valid request.  The problem may be spurious, and will resolve itself if you\n"
     "try your request again.  If the problem persists, consider notifying the maintainer\n"
     "of the remote server.\n" + _GHA),
    # mamba-org/mamba libmamba/src/core/fetch.cpp / download.cpp ("Download error (%d) %s [%s]", recalled)
    ("libmamba-download-error-28", "transient",
     "+ micromamba create -y -n ci -f environment.yml\n"
     "conda-forge/noarch                                  3.1MB @ 120.4kB/s 25.9s\n"
     "critical libmamba Download error (28) Timeout was reached [https://conda.anaconda.org/conda-forge/linux-64/repodata.json.zst]\n"
     "    Operation too slow. Less than 30 bytes/sec transferred the last 60 seconds\n" + _GL),
    # ================================================================== CRAN / Bioconductor / CPAN / opam / LuaRocks
    # R's src/library/utils/R/packages.R ("download of package %s failed", recalled) after download.file's "cannot open
    # URL %s" and libcurl's "status was 'Failure when receiving data from the peer'" (src/modules/internet/libcurl.c,
    # recalled)
    ("cran-download-of-package-failed", "transient",
     "+ Rscript -e 'install.packages(c(\"data.table\"), repos=\"https://cloud.r-project.org\")'\n"
     "trying URL 'https://cloud.r-project.org/src/contrib/data.table_1.16.2.tar.gz'\n"
     "Warning in download.file(url, destfile, method, mode = \"wb\", ...) :\n"
     "  URL 'https://cloud.r-project.org/src/contrib/data.table_1.16.2.tar.gz': status was 'Failure when receiving data from the peer'\n"
     "Error in download.file(url, destfile, method, mode = \"wb\", ...) : \n"
     "  cannot open URL 'https://cloud.r-project.org/src/contrib/data.table_1.16.2.tar.gz'\n"
     "Warning in download.packages(pkgs, destdir = tmpd, available = available,  :\n"
     "  download of package 'data.table' failed\n"
     "Error: package 'data.table' is not installed\n" + _GHA),
    # Bioconductor/BiocManager R/version.R ("Bioconductor version '%s' requires R version '%s'; use `version = '%s'`",
    # recalled): the job's R does not fit the pinned Bioconductor
    ("bioc-version-requires-r", "real",
     "+ Rscript -e 'BiocManager::install(version = \"3.20\")'\n"
     "Error: Bioconductor version '3.20' requires R version '4.4'; use `version = '3.18'`\n"
     "  with R version 4.3; see https://bioconductor.org/install\n"
     "Execution halted\n" + _GL),
    # miyagawa/cpanminus (App::cpanminus::script: "Download %s failed. Retrying ...", "Failed to download %s",
    # "Failed to fetch distribution %s"; recalled, the words checked against public logs that quote them)
    ("cpanm-failed-to-fetch-distribution", "transient",
     "+ cpanm --notest --installdeps .\n"
     "--> Working on JSON::XS\n"
     "Fetching http://www.cpan.org/authors/id/M/ML/MLEHMANN/JSON-XS-4.03.tar.gz ... FAIL\n"
     "! Download http://www.cpan.org/authors/id/M/ML/MLEHMANN/JSON-XS-4.03.tar.gz failed. Retrying ... \n"
     "! Download http://www.cpan.org/authors/id/M/ML/MLEHMANN/JSON-XS-4.03.tar.gz failed. Retrying ... \n"
     "! Download http://www.cpan.org/authors/id/M/ML/MLEHMANN/JSON-XS-4.03.tar.gz failed. Retrying ... \n"
     "! Failed to download http://www.cpan.org/authors/id/M/ML/MLEHMANN/JSON-XS-4.03.tar.gz\n"
     "! Failed to fetch distribution JSON-XS-4.03\n" + _travis("cpanm --notest --installdeps .")),
    # ocaml/opam src/state/OpamUpdate.ml (OpamConsole.error "Could not update repository %S: %s", read) over
    # OpamDownload's Download_fail with curl's exit code 28 (recalled)
    ("opam-update-repository-curl-28", "transient",
     "+ opam update\n\n<><> Updating package repositories ><><><><><><><><><><><><><><><><><><><><><><><><>\n"
     "[ERROR] Could not update repository \"default\": OpamDownload.Download_fail(_, \"Download command failed: "
     "\\\"/usr/bin/curl --write-out %{http_code}\\\\\\\\n --retry 3 --retry-delay 2 --user-agent opam/2.2.1 -L -o "
     "/tmp/opam-1234-5678/index.tar.gz.part -- https://opam.ocaml.org/index.tar.gz\\\" exited with code 28\")\n"
     "[ERROR] Initial repository fetch failed\n" + _GHA),
    # luarocks/luarocks src/luarocks/manif.lua ("Failed fetching manifest for "..repo_url.." - "..err, read), warned
    # by search.lua ("Failed searching manifest: ", recalled), the err from fetch ("Failed downloading %s - %s", recalled);
    # "No results matching query were found for Lua %s" (search.lua, recalled) is its damage
    ("luarocks-manifest-fetch-timeout", "transient",
     "+ luarocks install --local busted\n"
     "Warning: Failed searching manifest: Failed fetching manifest for https://luarocks.org - Failed downloading "
     "https://luarocks.org/manifest-5.4 - timeout\n"
     "Error: No results matching query were found for Lua 5.4.\n"
     "To check if it is available for other Lua versions, use --check-lua-versions\n" + _GHA),
    # the same "No results matching query" with no manifest failure above it: a rock that does not exist
    ("luarocks-no-results", "real",
     "+ luarocks install --local bustedd\n"
     "Error: No results matching query were found for Lua 5.4.\n"
     "To check if it is available for other Lua versions, use --check-lua-versions\n" + _GHA),

    # ================================================================== Xcode / SwiftPM / CocoaPods
    # swiftlang/swift-package-manager (RepositoryManager: "Couldn’t fetch updates from remote repositories:",
    # recalled) under xcodebuild's "Could not resolve package dependencies:" with git's 502
    ("xcodebuild-couldnt-fetch-updates-502", "transient",
     "+ xcodebuild -resolvePackageDependencies -scheme App\n"
     "Resolve Package Graph\n"
     "xcodebuild: error: Could not resolve package dependencies:\n"
     "  Couldn\u2019t fetch updates from remote repositories:\n"
     "    fatal: unable to access 'https://github.com/example/swift-widgets.git/': The requested URL returned error: 502\n"
     + _GHA),
    # CocoaPods/Core lib/cocoapods-core/cdn_source.rb ("CDN: %s URL couldn't be downloaded: %s Response: %s", recalled)
    # with curl's "Failed to connect to %s port 443"
    ("cocoapods-failed-to-connect-cdn", "transient",
     "+ bundle exec pod install --repo-update\n"
     "Updating local specs repositories\n"
     "[!] CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/all_pods_versions_a_7_5.txt Response: "
     "Failed to connect to cdn.cocoapods.org port 443 after 75012 ms: Couldn't connect to server\n" + _CIRCLE),

    # ================================================================== Maven / Gradle / sbt
    # apache/maven-resolver (transport: "status code: 429, reason phrase: Too Many Requests (429)", "Could not transfer
    # artifact %s from/to %s (%s): %s", recalled)
    ("maven-central-429", "transient",
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.example:app:jar:1.0-SNAPSHOT: "
     "Failed to collect dependencies at org.example:widgets:jar:2.1.0: Failed to read artifact descriptor for "
     "org.example:widgets:jar:2.1.0: The following artifacts could not be resolved: org.example:widgets:pom:2.1.0 (absent): "
     "Could not transfer artifact org.example:widgets:pom:2.1.0 from/to central (https://repo.maven.apache.org/maven2): "
     "status code: 429, reason phrase: Too Many Requests (429) -> [Help 1]\n" + _GHA),
    # gradle/gradle (resource transport: "Could not get resource '%s'.", "Could not GET '%s'.", recalled) for the plugin
    # portal, the cause a reset connection
    ("gradle-plugin-portal-connection-reset", "transient",
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "A problem occurred configuring root project 'app'.\n"
     "> Could not resolve all files for configuration ':classpath'.\n"
     "   > Could not resolve org.example.gradle:widgets-plugin:1.4.0.\n"
     "     Required by:\n         project : > org.example.widgets:org.example.widgets.gradle.plugin:1.4.0\n"
     "      > Could not resolve org.example.gradle:widgets-plugin:1.4.0.\n"
     "         > Could not get resource 'https://plugins.gradle.org/m2/org/example/gradle/widgets-plugin/1.4.0/widgets-plugin-1.4.0.pom'.\n"
     "            > Could not GET 'https://plugins.gradle.org/m2/org/example/gradle/widgets-plugin/1.4.0/widgets-plugin-1.4.0.pom'.\n"
     "               > Connection reset\n\n"
     "BUILD FAILED in 41s\n" + _GHA),
    # sbt/librarymanagement over coursier/coursier ("Error downloading %s", "not found: %s" for every repository,
    # recalled): a version that does not exist anywhere
    ("sbt-not-found-repo1", "real",
     "[info] Updating \n"
     "[error] (update) sbt.librarymanagement.ResolveException: Error downloading org.example:widgets_2.13:9.9.9\n"
     "[error]   Not found\n[error]   Not found\n"
     "[error]   not found: /home/runner/.ivy2/local/org.example/widgets_2.13/9.9.9/ivys/ivy.xml\n"
     "[error]   not found: https://repo1.maven.org/maven2/org/example/widgets_2.13/9.9.9/widgets_2.13-9.9.9.pom\n"
     "[error] Total time: 6 s, completed Nov 11, 2024, 10:00:04 AM\n" + _GHA),

    # ================================================================== NuGet
    # NuGet/NuGet.Client (Strings.resx: "Unable to load the service index for source %s.", NU1301, recalled) with
    # HttpClient's "Response status code does not indicate success: 503 (Service Unavailable)."
    ("nuget-nu1301-service-index-503-azure", "transient",
     "  Determining projects to restore...\n"
     "/home/vsts/work/1/s/src/App/App.csproj : error NU1301: Unable to load the service index for source "
     "https://api.nuget.org/v3/index.json.\n"
     "/home/vsts/work/1/s/src/App/App.csproj : error NU1301:   Response status code does not indicate success: 503 "
     "(Service Unavailable).\n"
     "  Failed to restore /home/vsts/work/1/s/src/App/App.csproj (in 1.21 min).\n" + _AZURE),
    # ================================================================== Go modules
    # golang/go src/cmd/go/internal/modfetch/proxy.go ("reading %s: %s" with the proxy's status, recalled)
    ("go-proxy-502-bad-gateway", "transient",
     "+ go mod download\n"
     "go: github.com/example/widgets@v1.4.2: reading https://proxy.golang.org/github.com/example/widgets/@v/v1.4.2.zip: "
     "502 Bad Gateway\n" + _GHA),
    # the same fetch cut off (net/http's "unexpected EOF", recalled)
    ("go-proxy-unexpected-eof", "transient",
     "+ go build ./...\n"
     "go: downloading github.com/example/widgets v1.4.2\n"
     "go: github.com/example/widgets@v1.4.2: Get \"https://proxy.golang.org/github.com/example/widgets/@v/v1.4.2.zip\": "
     "unexpected EOF\n" + _CIRCLE),
    # net's "dial tcp: lookup %s on %s: server misbehaving" (src/net/dnsclient_unix.go, recalled) for proxy.golang.org
    ("go-dial-tcp-lookup-proxy", "transient",
     "+ go mod download\n"
     "go: github.com/example/widgets@v1.4.2: Get \"https://proxy.golang.org/github.com/example/widgets/@v/v1.4.2.mod\": "
     "dial tcp: lookup proxy.golang.org on 127.0.0.53:53: server misbehaving\n" + _GL),
    # src/cmd/go/internal/modfetch/fetch.go ("verifying %s: %s", recalled) with the checksum database's "410 Gone" and
    # its "server response: not found: ... unknown revision" (recalled): a version that does not exist (or a private
    # module the proxy cannot see), on every run
    ("go-verifying-module-410-gone", "real",
     "+ go mod download\n"
     "go: downloading github.com/example/widgets v1.4.3\n"
     "verifying github.com/example/widgets@v1.4.3: github.com/example/widgets@v1.4.3: reading "
     "https://sum.golang.org/lookup/github.com/example/widgets@v1.4.3: 410 Gone\n"
     "\tserver response: not found: github.com/example/widgets@v1.4.3: invalid version: unknown revision v1.4.3\n" + _GHA),
    # src/cmd/go/internal/modfetch/fetch.go ("verifying %s: checksum mismatch", "SECURITY ERROR", recalled)
    ("go-checksum-mismatch-security-error", "real",
     "+ go mod download\n"
     "verifying github.com/example/widgets@v1.4.2: checksum mismatch\n"
     "\tdownloaded: h1:2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1=\n"
     "\tgo.sum:     h1:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8=\n\n"
     "SECURITY ERROR\n"
     "This download does NOT match an earlier download recorded in go.sum.\n"
     "The bits may have been replaced on the origin server, or an attacker may\n"
     "have intercepted the download attempt.\n\n"
     "For more information, see 'go help module-auth'.\n" + _GHA),

    # ================================================================== cargo
    # rust-lang/cargo src/cargo/util/network/retry.rs ("spurious network error (%d tries remaining): %s", recalled) and
    # sources/registry/http_remote.rs ("failed to download from `%s`", recalled), libcurl's "[28] Timeout was reached"
    ("cargo-index-download-timeout", "transient",
     "+ cargo build --locked\n"
     "    Updating crates.io index\n"
     "warning: spurious network error (3 tries remaining): [28] Timeout was reached (Operation timed out after 30001 "
     "milliseconds with 0 bytes received)\n"
     "warning: spurious network error (2 tries remaining): [28] Timeout was reached (Operation timed out after 30000 "
     "milliseconds with 0 bytes received)\n"
     "error: failed to get `serde` as a dependency of package `app v0.1.0 (/home/runner/work/app/app)`\n\n"
     "Caused by:\n  download of se/rd/serde failed\n\n"
     "Caused by:\n  failed to download from `https://index.crates.io/se/rd/serde`\n\n"
     "Caused by:\n  [28] Timeout was reached (Operation timed out after 30002 milliseconds with 0 bytes received)\n" + _GHA),
    # the same download from the crate host with libcurl's "[6] Couldn't resolve host name"
    ("cargo-couldnt-resolve-static-crates", "transient",
     "+ cargo fetch --locked\n"
     "  Downloaded itoa v1.0.11\n"
     "error: failed to download from `https://static.crates.io/crates/serde_json/1.0.128/download`\n\n"
     "Caused by:\n  [6] Couldn't resolve host name (Could not resolve host: static.crates.io)\n" + _CIRCLE),
    # src/cargo/core/resolver/encode.rs ("checksum for `%s` changed between lock files", read)
    ("cargo-checksum-changed-between-lock-files", "real",
     "+ cargo build --locked\n"
     "error: checksum for `widgets v0.3.1` changed between lock files\n\n"
     "this could be indicative of a few possible errors:\n\n"
     "    * the lock file is corrupt\n"
     "    * a replacement source in use (e.g., a mirror) returned a different checksum\n"
     "    * the source itself may be corrupt in one way or another\n\n"
     "unable to verify that `widgets v0.3.1` is the same as when the lockfile was generated\n" + _GHA),
    # ================================================================== pip / uv
    # pypa/pip src/pip/_internal/index/package_finder.py ("Could not find a version that satisfies the requirement %s
    # (from versions: %s)", "No matching distribution found for %s", recalled): a package only a private index has, the
    # job not pointed at it
    ("pip-from-versions-none-private-only", "real",
     "+ pip install -r requirements.txt\n"
     "Collecting acme-internal-utils==2.3.0 (from -r requirements.txt (line 4))\n"
     "ERROR: Could not find a version that satisfies the requirement acme-internal-utils==2.3.0 (from versions: none)\n"
     "ERROR: No matching distribution found for acme-internal-utils==2.3.0\n" + _GHA),
    # src/pip/_internal/exceptions.py (HashErrors / HashMismatch: "THESE PACKAGES DO NOT MATCH THE HASHES FROM THE
    # REQUIREMENTS FILE. ...", "Expected sha256 %s", "Got %s", recalled)
    ("pip-hashes-do-not-match", "real",
     "+ pip install --require-hashes -r requirements.lock\n"
     "ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package "
     "versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have "
     "tampered with them.\n"
     "    widgets==1.2.0 from https://files.pythonhosted.org/packages/ab/cd/widgets-1.2.0-py3-none-any.whl#sha256=aa11:\n"
     "        Expected sha256 3f1d0c9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e\n"
     "             Got        9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b\n" + _CIRCLE),
    # astral-sh/uv (crates/uv-client: "Failed to fetch: `%s`"; reqwest's "HTTP status server error (%s) for url (%s)",
    # recalled)
    ("uv-503-service-unavailable", "transient",
     "+ uv sync --frozen\n"
     "error: Failed to fetch: `https://pypi.org/simple/numpy/`\n"
     "  Caused by: HTTP status server error (503 Service Unavailable) for url (https://pypi.org/simple/numpy/)\n" + _GHA),

    # ================================================================== npm / pnpm / yarn / bun
    # npm/cli lib/utils/error-message.js (the "network" explanation: "This is a problem related to network
    # connectivity.", recalled) for make-fetch-happen's ERR_SOCKET_TIMEOUT
    ("npm-err-socket-timeout", "transient",
     "+ npm ci\n"
     "npm error code ERR_SOCKET_TIMEOUT\n"
     "npm error network Socket timeout\n"
     "npm error network This is a problem related to network connectivity.\n"
     "npm error network In most cases you are behind a proxy or have bad network settings.\n"
     "npm error network\n"
     "npm error network If you are behind a proxy, please make sure that the\n"
     "npm error network 'proxy' config is set properly.  See: 'npm help config'\n"
     "npm error A complete log of this run can be found in: /home/runner/.npm/_logs/2024-11-11T10_00_00_000Z-debug-0.log\n" + _GHA),
    # npm/cli's older "npm ERR!" prefix with node's getaddrinfo EAI_AGAIN for the registry (recalled)
    ("npm-eai-again-registry", "transient",
     "+ npm ci\n"
     "npm ERR! code EAI_AGAIN\n"
     "npm ERR! syscall getaddrinfo\n"
     "npm ERR! errno EAI_AGAIN\n"
     "npm ERR! request to https://registry.npmjs.org/react failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org\n"
     + _JENKINS),
    # npm/ssri ("%s integrity checksum failed when using %s: wanted %s but got %s. (%s bytes)", recalled): the
    # lockfile's integrity differs from the registry's tarball
    ("npm-eintegrity-lockfile", "real",
     "+ npm ci\n"
     "npm ERR! code EINTEGRITY\n"
     "npm ERR! sha512-AAAAbbbbCCCCddddEEEEffff0000111122223333444455556666777788889999aaaaBBBBccccDDDDeeee== integrity "
     "checksum failed when using sha512: wanted sha512-AAAAbbbbCCCCddddEEEEffff0000111122223333444455556666777788889999aaaaBBBBccccDDDDeeee== "
     "but got sha512-ZZZZyyyyXXXXwwwwVVVVuuuu0000111122223333444455556666777788889999aaaaBBBBccccDDDDffff==. (48213 bytes)\n"
     + _CIRCLE),
    # pnpm/pnpm network/fetch and resolving/npm-resolver ("GET %s error (%s). Will retry in %s. %s retries left.",
    # ERR_PNPM_FETCH_503 "%s: %s - %s", recalled)
    ("pnpm-fetch-503", "transient",
     "+ pnpm install --frozen-lockfile\n"
     " WARN  GET https://registry.npmjs.org/typescript error (ERR_PNPM_FETCH_503). Will retry in 10 seconds. 2 retries left.\n"
     " WARN  GET https://registry.npmjs.org/typescript error (ERR_PNPM_FETCH_503). Will retry in 1 minute. 1 retries left.\n"
     " ERR_PNPM_FETCH_503  GET https://registry.npmjs.org/typescript: Service Unavailable - 503\n" + _GHA),
    # the same ERR_PNPM_FETCH_404 with its hint "is not in the npm registry, or you have no permission to fetch it."
    # and "No authorization header was set for the request." (recalled): a private scope without credentials
    ("pnpm-fetch-404-private-scope", "real",
     "+ pnpm install --frozen-lockfile\n"
     " ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/@acme%2Finternal-ui: Not Found - 404\n\n"
     "This error happened while installing a direct dependency of /home/runner/work/app/app\n\n"
     "@acme/internal-ui is not in the npm registry, or you have no permission to fetch it.\n\n"
     "No authorization header was set for the request.\n" + _GHA),
    # pnpm/pnpm#6424 (read): pnpm older than 8.3.1 on Node 20+ retries every request on ERR_INVALID_THIS and ends on
    # ERR_PNPM_META_FETCH_FAIL with node's "Value of \"this\" must be of type URLSearchParams": versions that do not
    # fit, on every run (read transient before this round)
    ("pnpm-meta-fetch-fail-urlsearchparams", "real",
     "+ pnpm install\n"
     " WARN  GET https://registry.npmjs.org/typescript error (ERR_INVALID_THIS). Will retry in 10 seconds. 2 retries left.\n"
     " WARN  GET https://registry.npmjs.org/typescript error (ERR_INVALID_THIS). Will retry in 1 minute. 1 retries left.\n"
     " ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/typescript: Value of \"this\" must be of type URLSearchParams\n"
     + _GHA),
    # pnpm ERR_PNPM_TARBALL_INTEGRITY ("Got unexpected checksum for %s. Wanted %s. Got %s.", recalled)
    ("pnpm-tarball-integrity", "real",
     "+ pnpm install --frozen-lockfile\n"
     " ERR_PNPM_TARBALL_INTEGRITY  Got unexpected checksum for \"https://registry.npmjs.org/widgets/-/widgets-1.2.0.tgz\". "
     "Wanted \"sha512-AAAAbbbbCCCCdddd==\". Got \"sha512-ZZZZyyyyXXXXwwww==\".\n\n"
     "This error may happen when a package is republished to the registry with the same version.\n"
     "In this case, the metadata in the local pnpm cache will contain the old integrity checksum.\n" + _GL),
    # yarnpkg/berry (MessageName.EXCEPTION = YN0001 with got's RequestError "socket hang up", recalled)
    ("yarn-berry-yn0001-request-error", "transient",
     "+ yarn install --immutable\n"
     "\u27a4 YN0000: \u250c Resolution step\n"
     "\u27a4 YN0000: \u2514 Completed\n"
     "\u27a4 YN0000: \u250c Fetch step\n"
     "\u27a4 YN0001: \u2502 RequestError: socket hang up\n"
     "    at ClientRequest.<anonymous> (/home/runner/work/app/app/.yarn/releases/yarn-4.5.1.cjs:147:14258)\n"
     "    at TLSSocket.socketOnEnd (node:_http_client:524:23)\n"
     "\u27a4 YN0000: \u2514 Completed in 1m 3s\n"
     "\u27a4 YN0000: \u00b7 Failed with errors in 1m 5s\n" + _GHA),
    # yarnpkg/berry packages/yarnpkg-core/sources/Cache.ts (CACHE_CHECKSUM_MISMATCH = YN0018, "The remote archive
    # doesn't match the expected checksum", read)
    ("yarn-berry-yn0018-checksum", "real",
     "+ yarn install --immutable\n"
     "\u27a4 YN0000: \u250c Fetch step\n"
     "\u27a4 YN0018: \u2502 widgets@npm:1.2.0: The remote archive doesn't match the expected checksum\n"
     "\u27a4 YN0000: \u2514 Completed in 4s\n"
     "\u27a4 YN0000: \u00b7 Failed with errors in 6s\n" + _GHA),
    # oven-sh/bun src/install (the manifest request's "GET %s - %d", recalled)
    ("bun-get-503-manifest", "transient",
     "+ bun install --frozen-lockfile\n"
     "bun install v1.1.34 (5e5e7c60)\n"
     "error: GET https://registry.npmjs.org/typescript - 503\n" + _GHA),

    # ================================================================== near-misses
    # near-miss: a test ABOUT apt's mirror-sync words fails on its assertion
    ("pytest-about-mirror-sync-assertion", "real",
     "+ python -m pytest -q tests/test_apt_retry.py\n"
     "F.....                                                                   [100%]\n"
     "=================================== FAILURES ===================================\n"
     "____________________ test_retries_on_mirror_sync_in_progress ____________________\n"
     "    def test_retries_on_mirror_sync_in_progress():\n"
     "        out = run_with_stub('E: Failed to fetch x.deb  File has unexpected size (1 != 2). Mirror sync in progress?')\n"
     ">       assert out.attempts == 3\n"
     "E       AssertionError: assert 1 == 3\n"
     "E        +  where 1 = Result(attempts=1, code=100).attempts\n"
     "tests/test_apt_retry.py:14: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_apt_retry.py::test_retries_on_mirror_sync_in_progress - AssertionError: assert 1 == 3\n"
     "1 failed, 5 passed in 0.31s\n" + _GHA),
    # near-miss: an application's own log line naming a 503 after a failing jest summary
    ("jest-fails-then-app-log-registry-503", "real",
     "+ npx jest --ci\n"
     "FAIL src/mirror/selector.test.ts\n"
     "  \u25cf selector \u203a prefers the healthy mirror\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: \"https://mirror-b.example.org\"\n"
     "    Received: \"https://mirror-a.example.org\"\n\n"
     "Tests:       1 failed, 41 passed, 42 total\n"
     "Test Suites: 1 failed, 11 passed, 12 total\n"
     "[mirror-selector] WARN upstream https://mirror-a.example.org answered 503 Service Unavailable, marking degraded\n"
     + _GHA),
    # near-miss: a Go test fails on its message; the program's own logfmt warn line after it names a DNS timeout
    # (read transient before this round: a "level=warn" line now counts as a warning)
    ("go-test-fail-then-lookup-words", "real",
     "+ go test ./...\n"
     "--- FAIL: TestResolveProxy (0.00s)\n"
     "    resolve_test.go:41: got \"https://proxy.golang.org\", want \"https://goproxy.example.org\"\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/fetcher/resolve\t0.012s\n"
     "ok  \tgithub.com/example/fetcher/cache\t0.031s\n"
     "FAIL\n"
     "time=2024-11-11T10:00:05Z level=warn msg=\"dial tcp: lookup proxy.golang.org: i/o timeout\" component=prefetch\n"
     + _CIRCLE),
]

NOT_SURELY_TRANSIENT = [
    # a .deb 404 from the pool: the job's lists are stale (no apt-get update: real, on every run until it updates)
    # or the mirror is mid-sync (transient); apt prints the same for both
    ("apt-pool-deb-404-stale-lists",
     "+ sudo apt-get install -y libxml2-dev\nReading package lists...\n"
     "Err:1 http://azure.archive.ubuntu.com/ubuntu jammy-updates/main amd64 libxml2-dev amd64 2.9.13+dfsg-1ubuntu0.4\n"
     "  404  Not Found [IP: 52.147.219.192 80]\n"
     "E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/libx/libxml2/libxml2-dev_2.9.13+dfsg-1ubuntu0.4_amd64.deb  "
     "404  Not Found [IP: 52.147.219.192 80]\n"
     "E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n" + _GHA100),
    # yum 3's mirrorlist failure for mirrorlist.centos.org (recalled): the retired host of CentOS Linux 7/8 since their
    # end of life (every run fails), a DNS blip before that; reads real now (centos-retired-mirrorlist)
    ("yum-centos7-mirrorlist-retired",
     "+ yum install -y gcc\n"
     "Loaded plugins: fastestmirror, ovl\n"
     "Determining fastest mirrors\n"
     "Could not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=container error was\n"
     "14: curl#6 - \"Could not resolve host: mirrorlist.centos.org; Unknown error\"\n\n\n"
     " One of the configured repositories failed (Unknown),\n"
     " and yum doesn't have enough cached data to continue. At this point the only\n"
     " safe thing yum can do is fail.\n"
     "Cannot find a valid baseurl for repo: base/7/x86_64\n" + _GHA),
    # pacman lib/libalpm/dload.c (read): a package 404 from a mirror out of sync with the database, or a database
    # the job did not refresh (-S without -y)
    ("pacman-pkg-404-out-of-sync",
     "+ pacman -S --noconfirm curl\n"
     ":: Retrieving packages...\n"
     "error: failed retrieving file 'curl-8.10.1-1-x86_64.pkg.tar.zst' from mirror.example.org : The requested URL returned error: 404\n"
     "warning: failed to retrieve some files\n"
     "error: failed to commit transaction (failed to retrieve some files)\n"
     "Errors occurred, no packages were upgraded.\n" + _GHA),
    # apk-tools src/print.c (EAPKSTALEINDEX "package mentioned in index not found (try 'apk update')", read in a copy
    # of the table): a mirror mid-sync, or a stale or hand-built index
    ("apk-package-mentioned-in-index-not-found",
     "+ apk add --no-cache libcrypto3\n"
     "(1/1) Upgrading libcrypto3 (3.3.2-r0 -> 3.3.2-r1)\n"
     "ERROR: libcrypto3-3.3.2-r1: package mentioned in index not found (try 'apk update')\n"
     "1 error; 14 MiB in 25 packages\n" + _GL),
    # Homebrew's bottle manifest 404 right after an auto-update (recalled): a bottle not yet published, or a formula
    # version the tap no longer builds
    ("brew-bottle-manifest-404-after-tap-update",
     "+ brew install widgets\n"
     "==> Auto-updated Homebrew!\n"
     "==> Fetching widgets\n"
     "==> Downloading https://ghcr.io/v2/homebrew/core/widgets/manifests/2.4.0\n"
     "curl: (22) The requested URL returned error: 404\n"
     "Error: Failed to download resource \"widgets_bottle_manifest\"\n"
     "Download failed: https://ghcr.io/v2/homebrew/core/widgets/manifests/2.4.0\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_mirror_and_registry_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_mirror_and_registry_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Failed fetching manifest for https://luarocks.org - Failed downloading ",
    "Failed fetching manifest for ",
    "Could not retrieve mirrorlist http://mirrorlist.centos.org/",
    "Could not resolve host: mirrorlist.centos.org",
    " ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/",
    "ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.19/main: ",
    "time=2024-11-11T10:00:05Z level=warn msg=",
    "File has unexpected size (",
    "Error: Failed to download metadata for repo 'x': repomd.xml GPG signature verification error: ",
    "E: Repository '",
]
