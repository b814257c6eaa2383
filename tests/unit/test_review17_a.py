"""Review 17a of the seventeenth round's nix_guix and distro_pkg_builds entries (nix-builder-network-in-sandbox,
package-linter-errors, package-build-deps-unsatisfied, build-hub-offline-maintenance, chroot-build-command-timeout) and
the older entries they widened (test-timeout, transient-wording, network-unreachable): adversarial logs (made up) with
the entries' words in other tools' lines (fixed-output fetchers under unusual names, Stack's 'package> ' prefix,
schroot's and an application's 'E: ' lines, a koji hub offline after the package's own BuildError, mock's timeout
while the buildroot was still being installed), and guards where the same words are the trouble the job met."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_DRV = "/nix/store/7q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h-"

CASES: list[tuple[str, str, str]] = [
    # fetchYarnDeps' derivation is named 'offline' and is fixed-output: it has the network, and EAI_AGAIN there is a DNS outage
    ('nix-fod-yarn-offline-eai-again', 'transient',
     '$ nix build .#web -L\n'
     'offline> Fetching packages from yarn.lock\n'
     'offline> Error: getaddrinfo EAI_AGAIN registry.yarnpkg.com\n'
     "error: builder for '" + _DRV + "offline.drv' failed with exit code 1;\n"
     '       last 2 log lines:\n'
     '       > Fetching packages from yarn.lock\n'
     '       > Error: getaddrinfo EAI_AGAIN registry.yarnpkg.com\n' + _GHA),
    # an Elixir mixFodDeps fetcher ('mix-deps-<name>') whose Hex lookup failed for a while
    ('nix-fod-mix-deps-nxdomain', 'transient',
     '$ nix build .#api -L\n'
     'mix-deps-api> * Getting phoenix (Hex package)\n'
     "mix-deps-api> ** (Mix) Request failed: {:failed_connect, [{:to_address, {'repo.hex.pm', 443}}, {:inet, [:inet], :nxdomain}]} temporary failure in name resolution\n"
     "error: builder for '" + _DRV + "mix-deps-api-0.3.0.drv' failed with exit code 1\n" + _GHA),
    # fetchgit's builder ('exporting <url> (rev ...) into /nix/store') is a fetcher; the Git host's name did not resolve
    ('nix-fod-fetchgit-short-rev', 'transient',
     '$ nix build .#docs -L\n'
     'theme-0f1e2d3> exporting https://git.example.com/acme/theme.git (rev 0f1e2d3c4b5a) into /nix/store/9x8c7v6b5n4m3l2k1j0h9g8f7d6s5a4p-theme-0f1e2d3\n'
     "theme-0f1e2d3> fatal: unable to access 'https://git.example.com/acme/theme.git/': Could not resolve host: git.example.com\n"
     "error: builder for '" + _DRV + "theme-0f1e2d3.drv' failed with exit code 1\n" + _GHA),
    # guard: a flake's own package named with its short rev, not a fetcher: npm inside the sandbox has no network, every run
    ('nix-flake-shortrev-builder-npm', 'real',
     '$ nix build .#web -L\n'
     'web-0f1e2d3> npm error code ENOTFOUND\n'
     'web-0f1e2d3> npm error request to https://registry.example.org/left-pad failed, reason: getaddrinfo ENOTFOUND registry.example.org\n'
     "error: builder for '" + _DRV + "web-0f1e2d3.drv' failed with exit code 1\n" + _GHA),
    # a '-dependencies' fetcher meeting a 502 and a lookup failure on the Maven host: an outage
    ('nix-fod-gradle-dependencies', 'transient',
     '$ nix build .#app -L\n'
     "app-gradle-dependencies> > Could not resolve all files for configuration ':app:compileClasspath'.\n"
     "app-gradle-dependencies> Could not GET 'https://repo.maven.example.org/org/acme/core/1.2/core-1.2.pom'. Received status code 502 from server: Bad Gateway\n"
     'app-gradle-dependencies> java.net.UnknownHostException: repo.maven.example.org: Temporary failure in name resolution\n'
     "error: Cannot build '" + _DRV + "app-gradle-dependencies.drv'.\n"
     '       Reason: builder failed with exit code 1.\n' + _GHA),
    # Stack's own 'package> ' prefix under 'nix develop' (no sandbox): the test's host did not resolve for a while
    ('stack-prefix-under-nix-develop', 'transient',
     '$ nix develop --command stack test\n'
     'ledger> test (suite: ledger-test)\n'
     'ledger> Fetcher\n'
     'ledger>   downloads the rates table FAILED [1]\n'
     'ledger> HttpExceptionRequest Request { host = "rates.example.org" } (ConnectionFailure Network.Socket.getAddrInfo (called with preferred socket type/protocol: AddrInfo {addrFlags = [AI_ADDRCONFIG]}, host name: Just "rates.example.org", service name: Just "443"): does not exist (Temporary failure in name resolution))\n'
     'ledger> 1 example, 1 failure\n'
     'Error: [S-7282] Stack failed to execute the build plan.\n' + _GHA),
    # 'stack --nix' names /nix/store paths but builds nothing in Nix's sandbox: the same outage
    ('stack-prefix-nix-store-paths', 'transient',
     '$ stack --nix test\n'
     'Using GHC 9.6.5 from /nix/store/0a9s8d7f6g5h4j3k2l1q0w9e8r7t6y5u-ghc-9.6.5/bin/ghc\n'
     'ledger> test (suite: ledger-test)\n'
     'ledger> HttpExceptionRequest Request { host = "rates.example.org" } (ConnectionFailure ... does not exist (Temporary failure in name resolution))\n'
     'ledger> 1 example, 1 failure\n'
     'Error: [S-7282] Stack failed to execute the build plan.\n' + _GHA),
    # guard: a binary cache lookup failed, then the builder's own compile error ended the build
    ('nix-cache-dns-then-builder-compile-error', 'real',
     '$ nix build .#ledger -L\n'
     "warning: error: unable to download 'https://cache.example.org/5t6y7u8i9o0p.narinfo': Couldn't resolve host name (6) Could not resolve host: cache.example.org; retrying in 312 ms\n"
     "ledger> src/main.c:12:5: error: implicit declaration of function 'widget_open'\n"
     'ledger> make: *** [Makefile:20: all] Error 1\n'
     "error: Cannot build '" + _DRV + "ledger-1.4.0.drv'.\n"
     '       Reason: builder failed with exit code 2.\n' + _GHA),
    # guard: Nix's lookup of the binary cache (no builder line) is a DNS outage
    ('nix-cache-dns-only', 'transient',
     '$ nix build .#ledger -L\n'
     "warning: error: unable to download 'https://cache.example.org/5t6y7u8i9o0p.narinfo': Couldn't resolve host name (6) Could not resolve host: cache.example.org; retrying in 312 ms\n"
     "error: unable to download 'https://cache.example.org/5t6y7u8i9o0p.narinfo': Couldn't resolve host name (6) Could not resolve host: cache.example.org\n" + _GHA),
    # guard: pip inside a non-fetcher builder has no network in the sandbox
    ('nix-builder-pip-no-network', 'real',
     '$ nix build .#docs -L\n'
     'docs> Collecting sphinx-rtd-theme\n'
     "docs>   WARNING: Retrying (Retry(total=4)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/sphinx-rtd-theme/\n"
     'docs> ERROR: Could not find a version that satisfies the requirement sphinx-rtd-theme (from versions: none)\n'
     "error: Cannot build '" + _DRV + "docs.drv'.\n"
     '       Reason: builder failed with exit code 1.\n' + _GHA),
    # guard: Kotlin's lower-case 'e:'/'w:' lines are not lintian's; the publish met a 503
    ('kotlin-e-lines-and-outage', 'transient',
     '+ ./gradlew build\n'
     '> Task :app:compileKotlin\n'
     'w: file:///src/app/Main.kt:3:1 deprecated: old api\n'
     '> Task :app:publish FAILED\n'
     "Could not PUT 'https://maven.example.org/releases/acme/app/1.0/app-1.0.jar'. Received status code 503 from server: Service Unavailable\n" + _GHA),
    # schroot's setup script line 'E: 10mount: error mounting ...' is no lintian tag (no hyphenated tag); the mount timed out
    ('schroot-setup-e-line', 'transient',
     '+ sbuild -d unstable -A\n'
     'E: 10mount: error mounting /srv/cache: connection timed out\n'
     'E: unstable-amd64-sbuild-3d4f: Chroot setup failed: stage=setup-start\n' + _GHA),
    # an upload script's own 'E: uploader: retrying ...' lines are no lintian tag; the upload was reset
    ('app-log-e-prefix-then-outage', 'transient',
     '+ ./scripts/upload_artifacts.sh\n'
     'E: uploader: retrying upload of dist/app.tar.gz\n'
     'curl: (56) Recv failure: Connection reset by peer\n'
     'E: uploader: giving up after 3 attempts\n' + _GHA),
    # sbuild ran lintian and still reported the build successful: the upload's timeout failed the job
    ('sbuild-lintian-fail-then-dput-timeout', 'transient',
     '+ sbuild -d unstable --run-lintian\n'
     'Running lintian...\n'
     'E: libwidget2: shared-library-lacks-prerequisites [usr/lib/x86_64-linux-gnu/libwidget.so.2]\n'
     'Lintian: fail\n'
     'Status: successful\n'
     '+ dput -u ppa:widget-team/nightly ../libwidget_2.3.1-1_source.changes\n'
     'Uploading to ppa (via ftp to ppa.launchpad.example.net):\n'
     'Connection failed, aborting. Check your network\n'
     '[Errno 110] Connection timed out\n' + _GHA),
    # guard: apt's capitalised 'E: Failed to fetch' lines are no lintian tags; the mirror answered 503
    ('apt-e-lines-mirror-503', 'transient',
     '+ apt-get install -y libgizmo-dev\n'
     'Err:1 http://deb.example.org/debian unstable/main amd64 libgizmo-dev amd64 4.1-2\n'
     '  503  Service Unavailable [IP: 10.20.30.40 80]\n'
     'E: Failed to fetch http://deb.example.org/debian/pool/main/g/gizmo/libgizmo-dev_4.1-2_amd64.deb  503  Service Unavailable [IP: 10.20.30.40 80]\n'
     'E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n' + _GHA),
    # guard: pacman's databases never synchronised (host not resolved), so 'target not found' is that outage's damage
    ('pacman-db-sync-failed-then-target-not-found', 'transient',
     '+ pacman -Sy --noconfirm gizmo4\n'
     ':: Synchronizing package databases...\n'
     "error: failed retrieving file 'extra.db' from mirror.example.org : Could not resolve host: mirror.example.org\n"
     'error: failed to synchronize all databases (invalid url for server)\n'
     '+ makepkg -s --noconfirm\n'
     '==> Installing missing dependencies...\n'
     'error: target not found: gizmo4\n'
     "==> ERROR: 'pacman' failed to install missing dependencies.\n" + _GHA),
    # koji reported the package's BuildError first; the hub going offline for the later download-logs is a post-step
    ('koji-build-failed-then-offline-download-logs', 'real',
     '+ koji build --wait f40-candidate git+https://src.example.org/rpms/libwidget.git#3e1f0a2b\n'
     '118822302 buildArch (libwidget-2.3.1-1.fc40.src.rpm, x86_64): open -> FAILED: BuildError: error building package (arch x86_64), mock exited with status 1; see build.log for more information\n'
     '118822301 build (f40-candidate, /rpms/libwidget.git:3e1f0a2b) failed\n'
     '+ koji download-logs 118822302\n'
     '2026-05-04 09:40:02,118 [ERROR] koji: ServerOffline: server is offline\n' + _GHA),
    # guard: koji's hub offline for maintenance on the build itself
    ('koji-offline-guard', 'transient',
     '+ koji build --wait f40-candidate git+https://src.example.org/rpms/libwidget.git#3e1f0a2b\n'
     '2026-05-04 09:12:41,201 [ERROR] koji: ServerOffline: server is offline\n' + _GHA),
    # mock's timeout hit while dnf installed the buildroot from stalled mirrors, before any rpmbuild: an outage
    ('mock-timeout-during-buildroot-install-mirror-stall', 'transient',
     '+ mock -r fedora-40-x86_64 --rebuild dist/libwidget-2.3.1-1.fc40.src.rpm\n'
     'Start(bootstrap): installing dnf tooling\n'
     'Start: installing minimal buildroot with dnf\n'
     '[MIRROR] glibc-devel-2.39-8.fc40.x86_64.rpm: Curl error (28): Timeout was reached for https://mirror.one.example/fedora/glibc-devel-2.39-8.fc40.x86_64.rpm [Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds]\n'
     '[MIRROR] glibc-devel-2.39-8.fc40.x86_64.rpm: Curl error (28): Timeout was reached for https://mirror.two.example/fedora/glibc-devel-2.39-8.fc40.x86_64.rpm [Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds]\n'
     'ERROR: Command timeout expired.\n' + _GHA),
    # guard: mock's timeout while the package's %check ran: a hung test reads real
    ('mock-check-hang-timeout', 'real',
     '+ mock -r fedora-40-x86_64 --rebuild dist/libwidget-2.3.1-1.fc40.src.rpm\n'
     'Start: rpmbuild libwidget-2.3.1-1.fc40.src.rpm\n'
     '+ make check\n'
     'PASS: tests/test_parse\n'
     'ERROR: Command timeout expired.\n' + _GHA),
    # guard: the check's own test failed; the missing daemon socket is in a later 'nix copy'
    ('nix-socket-missing-after-test-failure', 'real',
     '$ nix build .#checks.x86_64-linux.unit -L\n'
     'unit> FAIL: test_resize (expected 640, got 320)\n'
     "error: Cannot build '" + _DRV + "unit.drv'.\n"
     '       Reason: builder failed with exit code 1.\n'
     '$ nix copy --to ssh://cache.example.org .#checks.x86_64-linux.unit\n'
     "error: cannot connect to socket at '/nix/var/nix/daemon-socket/socket': No such file or directory\n" + _GHA),
    # guard: another tool's 'timed out after N seconds of silence' after an ssh timeout still reads as the outage
    ('other-tool-silence-timeout', 'transient',
     '+ ./ci/run-remote.sh\n'
     'Waiting for the remote runner...\n'
     'ssh: connect to host runner-7.example.org port 22: Connection timed out\n'
     'error: job timed out after 600 seconds of silence\n' + _GHA),
    # the same fetcher in Nix's quoted log tail (no -L): the drv name says fetcher
    ('nix-fod-offline-quoted-tail', 'transient',
     '$ nix build .#web\n'
     "error: builder for '" + _DRV + "offline.drv' failed with exit code 1;\n"
     '       last 2 log lines:\n'
     '       > Fetching packages from yarn.lock\n'
     '       > Error: getaddrinfo EAI_AGAIN registry.yarnpkg.com\n' + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a git fetch reset and retried fetched no build dependency: dpkg-checkbuilddeps' unmet version is the package's (the engine still weighs the reset: not surely transient)
    ('checkout-retry-then-unmet-deps',
     '+ git fetch origin\n'
     'error: RPC failed; curl 56 Recv failure: Connection reset by peer\n'
     'Retrying in 5 seconds...\n'
     'From https://git.example.org/widget/libwidget\n'
     ' * [new branch]      main       -> origin/main\n'
     '+ dpkg-buildpackage -us -uc\n'
     'dpkg-checkbuilddeps: error: Unmet build dependencies: libgizmo-dev (>= 5.0)\n'
     'dpkg-buildpackage: warning: build dependencies/conflicts unsatisfied; aborting\n' + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_review17_a_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review17_a_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
