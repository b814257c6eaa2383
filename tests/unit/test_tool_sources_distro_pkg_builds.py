"""Seventeenth round, tool sources: Linux distribution package builds run from CI.

Covered: Fedora's mock (its exit-code classes and "ERROR: Command failed"), koji (``koji build`` and
its task watcher: ``FAILED: BuildError``/``BuildrootError``, a hub that does not answer), Copr
(``copr-cli build``'s watcher and request errors), the Open Build Service (``osc build``'s buildinfo,
``osc results`` states), Debian's sbuild, dpkg-buildpackage/dpkg-source/dpkg-checkbuilddeps, lintian,
autopkgtest, dput and Launchpad PPA build states, rpmbuild and rpmlint, Alpine's abuild, Arch's
makepkg, ``brew audit``, conda-build and rattler-build. Plain dnf/zypper/apk/brew downloads are in
test_tool_sources_os_packages.py and conda/rattler solves in test_tool_sources_ecosystems.py: not
repeated here.

Each case is a short log written for this test around one message as the tool prints it (made-up
hosts, packages and paths; no project's CI log is copied). The comment above each case names the
repository and file holding the wording: rpm-software-management/mock (mock/py/mockbuild/exception.py,
backend.py, util.py), koji-project/koji (builder/kojid, cli/koji_cli/lib.py, koji/__init__.py,
kojihub/kojixmlrpc.py), fedora-copr/copr (cli/copr_cli/main.py, python/copr/v3/requests.py),
openSUSE/osc (osc/babysitter.py, osc/build.py, osc/core.py), sbuild (lib/Sbuild/Build.pm), autopkgtest
(lib/adt_testbed.py, runner/autopkgtest), makepkg (pacman's scripts/makepkg.sh.in), Homebrew/brew
(Library/Homebrew/dev-cmd/audit.rb). rpmbuild's messages are rpm's build/build.c, build/files.c and
build/parsePreamble.c as they are widely quoted; lintian's and rpmlint's tag lines, dpkg's, abuild's,
conda-build's and rattler-build's summaries, dput's and Launchpad's build states rest on their
documentation and manual pages rather than on source read in this pass.

The rules the cases hold:
  * the service or the path to it failing for a while (a koji hub offline or refusing connections, a
    Copr frontend that cannot be reached or answers 504, an OBS API answering 5xx, a mirror answering
    503 while sbuild or mock fetch build dependencies, a chroot cache download that timed out, a
    Launchpad builder reporting a chroot problem, an autopkgtest testbed lost mid-run) -> transient;
  * a persistent cause (a build dependency nothing provides, unmet build dependencies, a %check or
    check() failure of the project's tests, a file missing from %files or left unpackaged, a patch that
    no longer applies, lintian/rpmlint/brew audit errors, a bad spec, no such build target, refused
    credentials, a source checksum that does not match) -> real;
  * near-misses: a package or a test NAMED after the tools, an outage line above the package's own
    failing tests -> real;
  * ambiguous wordings printed for both (OBS ``unresolvable`` while a dependency is being rebuilt and
    no detail says so, OBS ``broken``, autopkgtest's "unexpected eof from the testbed", a koji task
    whose mock init failed without the root.log, Launchpad "Dependency wait") -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_MOCK = ("+ mock -r fedora-40-x86_64 --rebuild dist/libwidget-2.3.1-1.fc40.src.rpm --resultdir out/\n"
         "INFO: mock.py version 5.6 starting (python version = 3.12.3, NVR = mock-5.6-1.fc40)...\n"
         "Start(bootstrap): init plugins\n"
         "Start: run\n")
_KOJI = ("+ koji build --wait f40-candidate git+https://src.example.org/rpms/libwidget.git#3e1f0a2b\n"
         "Created task: 118822301\n"
         "Task info: https://koji.example.org/koji/taskinfo?taskID=118822301\n"
         "Watching tasks (this may be safely interrupted)...\n"
         "118822301 build (f40-candidate, /rpms/libwidget.git:3e1f0a2b): free\n"
         "118822301 build (f40-candidate, /rpms/libwidget.git:3e1f0a2b): free -> open (buildvm-x86-07.example.org)\n")
_COPR = ("+ copr-cli build widget-team/nightly dist/libwidget-2.3.1-1.src.rpm\n"
         "Uploading package dist/libwidget-2.3.1-1.src.rpm\n"
         "100% |################################| 412kB 1.2MB/s eta 00:00:00\n"
         "Build was added to nightly:\n"
         "  https://copr.example.org/coprs/build/7711203\n"
         "Created builds: 7711203\n"
         "Watching build(s): (this may be safely interrupted)\n")
_OSC = "+ osc results home:widget-ci/libwidget -w\n"
_SBUILD = ("+ sbuild --dist=unstable --arch=amd64 libwidget_2.3.1-1.dsc\n"
           "sbuild (Debian sbuild) 0.85.10 (04 May 2026) on runner-7\n"
           "+==============================================================================+\n"
           "| libwidget 2.3.1-1 (amd64)                    Mon, 04 May 2026 09:12:41 +0000 |\n"
           "+==============================================================================+\n")
_DPKG = ("+ dpkg-buildpackage -us -uc -b\n"
         "dpkg-buildpackage: info: source package libwidget\n"
         "dpkg-buildpackage: info: source version 2.3.1-1\n")
_RPMBUILD = "+ rpmbuild -ba --define '_topdir /home/runner/rpmbuild' packaging/libwidget.spec\n"
_MAKEPKG = ("+ makepkg --syncdeps --noconfirm --cleanbuild\n"
            "==> Making package: libwidget 2.3.1-1 (Mon May  4 09:12:41 2026)\n"
            "==> Checking runtime dependencies...\n"
            "==> Checking buildtime dependencies...\n")
_ABUILD = ("+ abuild -r\n"
           ">>> libwidget: Building testing/libwidget 2.3.1-r0 (using abuild 3.13.0-r3) started Mon, 04 May 2026 09:12:41 +0000\n"
           ">>> libwidget: Checking sanity of /home/builder/aports/testing/libwidget/APKBUILD...\n")
_CONDA = ("+ conda build recipe/ -c conda-forge --output-folder out/\n"
          "Adding in variants from internal_defaults\n"
          "Attempting to finalize metadata for libwidget\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== mock
    # rpm-software-management/mock mock/py/mockbuild/util.py ("Command failed: \n # %s\n%s") with the
    # package manager in the chroot failing to reach the mirror (librepo's "Cannot download repomd.xml:
    # ... All mirrors were tried"): an outage while the chroot was being built
    ("mock-chroot-repomd-all-mirrors-tried", "transient",
     _MOCK +
     "Start(bootstrap): installing dnf tooling\n"
     "Errors during downloading metadata for repository 'fedora':\n"
     "  - Curl error (28): Timeout was reached for https://mirrors.example.org/metalink?repo=fedora-40&arch=x86_64 "
     "[Operation timed out after 30000 milliseconds with 0 out of 0 bytes received]\n"
     "Error: Failed to download metadata for repo 'fedora': Cannot download repomd.xml: Cannot download "
     "repodata/repomd.xml: All mirrors were tried\n"
     "ERROR: Command failed: \n"
     " # /usr/bin/dnf --installroot /var/lib/mock/fedora-40-x86_64-bootstrap/root/ --releasever 40 install dnf\n"
     + _GHA),
    # mock/py/mockbuild/exception.py (BuildError, exit 10 "Error during rpmbuild phase") after rpmbuild's
    # "Bad exit status from %s (%%check)" (rpm build/build.c): the project's own tests failed
    ("mock-rpmbuild-check-failed", "real",
     _MOCK +
     "Start: rpmbuild libwidget-2.3.1-1.fc40.src.rpm\n"
     "+ make check\n"
     "FAIL: tests/test_parse\n"
     "# TOTAL: 42\n# PASS:  41\n# FAIL:  1\n"
     "error: Bad exit status from /var/tmp/rpm-tmp.Zk31Qa (%check)\n"
     "    Bad exit status from /var/tmp/rpm-tmp.Zk31Qa (%check)\n"
     "RPM build errors:\n"
     "Finish: rpmbuild libwidget-2.3.1-1.fc40.src.rpm\n"
     "ERROR: Exception(dist/libwidget-2.3.1-1.fc40.src.rpm) Config(fedora-40-x86_64) 1 minutes 12 seconds\n"
     "ERROR: Command failed: \n"
     " # /usr/bin/systemd-nspawn -q -M 5c1f0e3a /usr/bin/bash --login -c /usr/bin/rpmbuild -bb "
     "--noclean --target x86_64 /builddir/build/SPECS/libwidget.spec\n" + _GHA),
    # mock/py/mockbuild/package_manager.py (_check_missing raising BuildError on "No matching package to
    # install") : a BuildRequires no repository provides
    ("mock-builddep-no-match", "real",
     _MOCK +
     "Start: build setup for libwidget-2.3.1-1.fc40.src.rpm\n"
     "No matching package to install: 'libgizmo-devel >= 4.0'\n"
     "Not all dependencies satisfied\n"
     "Error: Some packages could not be found.\n"
     "ERROR: Command failed: \n"
     " # /usr/bin/dnf builddep --installroot /var/lib/mock/fedora-40-x86_64/root/ "
     "/var/lib/mock/fedora-40-x86_64/root//builddir/build/SRPMS/libwidget-2.3.1-1.fc40.src.rpm\n" + _GHA),
    # mock/py/mock.py + exception.py (BuildRootLocked, exit 60 "Build-root in use by another process.")
    # on a shared runner: another job holds the chroot; a rerun after it ends goes through
    ("mock-buildroot-locked", "transient",
     _MOCK +
     "ERROR: Build-root in use by another process.\n" + _GHA),
    # mock/py/mockbuild/exception.py (ConfigError) for a config name that does not exist
    ("mock-config-missing", "real",
     "+ mock -r fedora-41-riscv64 --rebuild dist/libwidget-2.3.1-1.src.rpm\n"
     "ERROR: Could not find required config file: /etc/mock/fedora-41-riscv64.cfg\n"
     "ERROR: Did you mean: fedora-41-x86_64, fedora-41-aarch64?\n" + _GHA),
    # rpm build/files.c ("Installed (but unpackaged) file(s) found:") under mock
    ("mock-unpackaged-files", "real",
     _MOCK +
     "Start: rpmbuild libwidget-2.3.1-1.fc40.src.rpm\n"
     "Checking for unpackaged file(s): /usr/lib/rpm/check-files /builddir/build/BUILDROOT/libwidget-2.3.1-1.fc40.x86_64\n"
     "error: Installed (but unpackaged) file(s) found:\n"
     "   /usr/lib64/libwidget-extras.so.2\n"
     "RPM build errors:\n"
     "    Installed (but unpackaged) file(s) found:\n"
     "   /usr/lib64/libwidget-extras.so.2\n"
     "ERROR: Exception(dist/libwidget-2.3.1-1.fc40.src.rpm) Config(fedora-40-x86_64) 0 minutes 48 seconds\n"
     + _GHA),

    # ================================================================== koji
    # koji-project/koji builder/kojid (BuildError "error building package (arch %s), %s" with
    # _mockResult's "mock exited with status 10; see build.log for more information") as the CLI's
    # watcher prints it (cli/koji_cli/lib.py "%s: %s -> %s", "%s failed"): the package did not build
    ("koji-build-error-build-log", "real",
     _KOJI +
     "118822302 buildArch (libwidget-2.3.1-1.fc40.src.rpm, x86_64): open (buildvm-x86-07.example.org) -> FAILED: "
     "BuildError: error building package (arch x86_64), mock exited with status 1; see build.log for more information\n"
     "  0 free  1 open  0 done  1 failed\n"
     "118822301 build (f40-candidate, /rpms/libwidget.git:3e1f0a2b): open (buildvm-x86-07.example.org) -> FAILED: "
     "BuildError: error building package (arch x86_64), mock exited with status 1; see build.log for more information\n"
     "  0 free  0 open  0 done  2 failed\n"
     "\n118822301 build (f40-candidate, /rpms/libwidget.git:3e1f0a2b) failed\n" + _GHA),
    # kojihub/kojixmlrpc.py ("server is offline" fault, ServerOffline "Server disabled for maintenance")
    ("koji-hub-offline", "transient",
     "+ koji build --wait f40-candidate git+https://src.example.org/rpms/libwidget.git#3e1f0a2b\n"
     "2026-05-04 09:12:41,201 [ERROR] koji: ServerOffline: Server disabled for maintenance\n" + _GHA),
    # koji/__init__.py (ClientSession._callMethod: requests' ConnectionError once its retries are spent)
    ("koji-hub-connection-refused", "transient",
     "+ koji build --wait f40-candidate git+https://src.example.org/rpms/libwidget.git#3e1f0a2b\n"
     "2026-05-04 09:12:41,201 [ERROR] koji: ConnectionError: HTTPSConnectionPool(host='koji.example.org', port=443): "
     "Max retries exceeded with url: /kojihub (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection "
     "object at 0x7f3a>: Failed to establish a new connection: [Errno 111] Connection refused'))\n" + _GHA),
    # the hub's web front answering 503 while it restarts (requests' HTTPError as koji raises it)
    ("koji-hub-503", "transient",
     "+ koji build --wait f40-candidate git+https://src.example.org/rpms/libwidget.git#3e1f0a2b\n"
     "2026-05-04 09:12:41,201 [ERROR] koji: HTTPError: 503 Server Error: Service Unavailable for url: "
     "https://koji.example.org/kojihub\n" + _GHA),
    # cli/koji_cli/commands.py ('No such build target: %s')
    ("koji-no-such-target", "real",
     "+ koji build --wait f41-candidat git+https://src.example.org/rpms/libwidget.git#3e1f0a2b\n"
     "2026-05-04 09:12:41,201 [ERROR] koji: GenericError: No such build target: f41-candidat\n" + _GHA),
    # cli/koji_cli/lib.py (activate_session: "Unable to log in, no authentication methods available")
    ("koji-no-auth", "real",
     "+ koji build --wait f40-candidate git+https://src.example.org/rpms/libwidget.git#3e1f0a2b\n"
     "2026-05-04 09:12:41,201 [ERROR] koji: Unable to log in, no authentication methods available\n" + _GHA),
    # builder/kojid + kojihub: a build already tagged with this NVR (GenericError from the hub's import)
    ("koji-build-exists", "real",
     _KOJI +
     "118822301 build (f40-candidate, /rpms/libwidget.git:3e1f0a2b): open (buildvm-x86-07.example.org) -> FAILED: "
     "GenericError: Build already exists (id=2450011, state=COMPLETE): {'name': 'libwidget', 'version': '2.3.1', "
     "'release': '1.fc40'}\n"
     "  0 free  0 open  0 done  1 failed\n"
     "\n118822301 build (f40-candidate, /rpms/libwidget.git:3e1f0a2b) failed\n" + _GHA),

    # ================================================================== Copr
    # fedora-copr/copr python/copr/v3/requests.py ("Unable to connect to {0}." after its attempts) under
    # cli/copr_cli/main.py ("Something went wrong:\nError: {0}")
    ("copr-unable-to-connect", "transient",
     "+ copr-cli build widget-team/nightly dist/libwidget-2.3.1-1.src.rpm\n"
     "\nSomething went wrong:\n"
     "Error: Unable to connect to https://copr.example.org/api_3/.\n" + _GHA),
    # python/copr/v3/requests.py (handle_errors: 504 with a non-JSON body -> CoprTimeoutException(reason))
    ("copr-frontend-504", "transient",
     _COPR +
     "  09:14:02 Build 7711203: pending\n"
     "\nError: Gateway Time-out\n"
     "Consider using pagination for large queries.\n" + _GHA),
    # cli/copr_cli/main.py (_watch_builds: "Build(s) {0} failed." -> "Build error: {0}", exit 4)
    ("copr-build-failed", "real",
     _COPR +
     "  09:14:02 Build 7711203: pending\n"
     "  09:16:33 Build 7711203: running\n"
     "  09:24:10 Build 7711203: failed\n"
     "\nBuild error: Build(s) 7711203 failed.\n" + _GHA),
    # cli/copr_cli/main.py (CoprAuthException: "Operation requires API authentication.")
    ("copr-auth-required", "real",
     "+ copr-cli build widget-team/nightly dist/libwidget-2.3.1-1.src.rpm\n"
     "\nError: Operation requires API authentication. See the 'AUTHENTICATION' section in man copr-cli(1).\n"
     "\nError: Login invalid/expired. Please visit https://copr.example.org/api to get or renew your API token.\n"
     + _GHA),
    # cli/copr_cli/main.py (CoprNoResultException from a 404: the project is not there)
    ("copr-project-missing", "real",
     "+ copr-cli build widget-team/nightlyy dist/libwidget-2.3.1-1.src.rpm\n"
     "\nSomething went wrong:\n"
     "Error: Project widget-team/nightlyy does not exist.\n" + _GHA),

    # ================================================================== Open Build Service
    # openSUSE/osc osc/babysitter.py ("Server returned an error: %s" for a 5xx HTTPError)
    ("osc-server-503", "transient",
     "+ osc -A https://api.obs.example.org commit -m 'ci: 2.3.1'\n"
     "Sending    libwidget.spec\n"
     "Server returned an error: HTTP Error 503: Service Unavailable\n" + _GHA),
    # osc/babysitter.py (URLError: "Failed to reach a server (%s):\n" + reason)
    ("osc-failed-to-reach-server", "transient",
     "+ osc -A https://api.obs.example.org results home:widget-ci/libwidget\n"
     "Failed to reach a server (api.obs.example.org:443):\n"
     " [Errno 104] Connection reset by peer\n" + _GHA),
    # osc/core.py (get_results: 'failed' counts as a failure; osc results -w exits 1 on it)
    ("osc-results-failed", "real",
     _OSC +
     "openSUSE_Tumbleweed  x86_64  building\n"
     "openSUSE_Tumbleweed  x86_64  failed\n"
     "Build failed, check https://build.example.org/package/live_build_log/home:widget-ci/libwidget/"
     "openSUSE_Tumbleweed/x86_64\n" + _GHA),
    # osc/core.py ('unresolvable' with the backend's detail "nothing provides %s"): a dependency no
    # repository of the project carries
    ("osc-results-unresolvable-nothing-provides", "real",
     "+ osc results -v home:widget-ci/libwidget\n"
     "openSUSE_Tumbleweed  x86_64  unresolvable: \n"
     "      nothing provides pkgconfig(gizmo) >= 4.0\n" + _GHA),
    # osc/build.py ("buildinfo is broken... it says:" / "unresolvable: ") on a local osc build
    ("osc-build-buildinfo-unresolvable", "real",
     "+ osc build --clean openSUSE_Tumbleweed x86_64 libwidget.spec\n"
     "Building libwidget.spec for openSUSE_Tumbleweed/x86_64\n"
     "Getting buildinfo from server and store to /home/runner/work/libwidget/_buildinfo-openSUSE_Tumbleweed-x86_64.xml\n"
     "buildinfo is broken... it says:\n"
     "unresolvable: nothing provides python3-gizmo >= 4.0\n"
     "     nothing provides cmake(Gizmo)\n"
     "Hint: use osc build with --buildinfo-debug for more info\n" + _GHA),
    # osc/build.py ("Build failed with exit code %s") after the package's own test suite failed
    ("osc-build-check-failed", "real",
     "+ osc build --clean openSUSE_Tumbleweed x86_64 libwidget.spec\n"
     "[  212s] + ctest --output-on-failure\n"
     "[  215s] 97% tests passed, 1 tests failed out of 36\n"
     "[  215s] The following tests FAILED:\n"
     "[  215s] \t 12 - parse_roundtrip (Failed)\n"
     "[  215s] error: Bad exit status from /var/tmp/rpm-tmp.Qx1a (%check)\n"
     "[  216s] buildvm-ci failed \"build libwidget.spec\" at Mon May  4 09:16:02 UTC 2026.\n"
     "Build failed with exit code 1\n" + _GHA),
    # osc/babysitter.py ("Server returned an error: %s" + the <summary> of a 401/403/404)
    ("osc-http-404-package", "real",
     "+ osc -A https://api.obs.example.org checkout home:widget-ci/libwidgett\n"
     "Server returned an error: HTTP Error 404: Not Found\n"
     "home:widget-ci/libwidgett: package 'libwidgett' does not exist\n" + _GHA),

    # ================================================================== Debian: sbuild, dpkg, lintian
    # sbuild lib/Sbuild/Build.pm ("Package build dependencies not satisfied; skipping", Fail-Stage
    # install-deps) after apt's "but it is not installable": a dependency the suite does not carry
    ("sbuild-build-deps-unsatisfiable", "real",
     _SBUILD +
     "The following packages have unmet dependencies:\n"
     " sbuild-build-depends-main-dummy : Depends: libgizmo-dev (>= 4.0) but it is not installable\n"
     "E: Unable to correct problems, you have held broken packages.\n"
     "apt-get failed.\n"
     "E: Package build dependencies not satisfied; skipping\n"
     "Status: failed\n"
     "Fail-Stage: install-deps\n" + _GL),
    # sbuild with apt's fetch error (apt's "Failed to fetch %s  %s" and the 503 answer) while installing
    # build dependencies: the mirror was down
    ("sbuild-build-deps-mirror-503", "transient",
     _SBUILD +
     "Get:1 http://deb.example.org/debian unstable/main amd64 libgizmo4 amd64 4.1-2 [88.2 kB]\n"
     "Err:2 http://deb.example.org/debian unstable/main amd64 libgizmo-dev amd64 4.1-2\n"
     "  503  Service Unavailable [IP: 10.20.30.40 80]\n"
     "E: Failed to fetch http://deb.example.org/debian/pool/main/g/gizmo/libgizmo-dev_4.1-2_amd64.deb  "
     "503  Service Unavailable [IP: 10.20.30.40 80]\n"
     "E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n"
     "apt-get failed.\n"
     "E: Package build dependencies not satisfied; skipping\n"
     "Status: failed\n"
     "Fail-Stage: install-deps\n" + _GL),
    # sbuild ("Status: failed", "Fail-Stage: build") after dh_auto_test's failure: the project's tests
    ("sbuild-dh-auto-test-failed", "real",
     _SBUILD +
     "   dh_auto_test -a\n"
     "\tmake -j4 test ARGS\\+=--verbose ARGS\\+=-j4\n"
     "FAIL: test_widget_resize (expected 640, got 320)\n"
     "make[1]: *** [Makefile:91: test] Error 1\n"
     "dh_auto_test: error: make -j4 test ARGS\\+=--verbose ARGS\\+=-j4 returned exit code 2\n"
     "make: *** [debian/rules:8: binary-arch] Error 25\n"
     "dpkg-buildpackage: error: debian/rules binary-arch subprocess returned exit status 2\n"
     "E: Build failure (dpkg-buildpackage died)\n"
     "Status: attempted\n"
     "Fail-Stage: build\n" + _GL),
    # dpkg scripts/dpkg-checkbuilddeps.pl ("Unmet build dependencies: %s")
    ("dpkg-checkbuilddeps-unmet", "real",
     _DPKG +
     "dpkg-source --before-build .\n"
     "dpkg-checkbuilddeps: error: Unmet build dependencies: libgizmo-dev (>= 4.0) dh-sequence-python3\n"
     "dpkg-buildpackage: warning: build dependencies/conflicts unsatisfied; aborting\n"
     "dpkg-buildpackage: warning: (Use -d flag to override.)\n" + _GHA),
    # dpkg scripts/Dpkg/Source/Patch.pm via quilt: a patch that no longer applies to the new upstream
    ("dpkg-source-patch-does-not-apply", "real",
     "+ dpkg-source -b .\n"
     "dpkg-source: info: using source format '3.0 (quilt)'\n"
     "dpkg-source: info: applying 0002-fix-install-path.patch\n"
     "patching file src/install.c\n"
     "Hunk #1 FAILED at 41.\n"
     "1 out of 1 hunk FAILED\n"
     "dpkg-source: info: the patch has fuzz which is not allowed, or is malformed\n"
     "dpkg-source: error: LC_ALL=C patch -t -F 0 -N -p1 -u -V never -E -b -B .pc/0002-fix-install-path.patch/ "
     "--reject-file=- < libwidget.orig.Xq1/debian/patches/0002-fix-install-path.patch subprocess returned exit status 1\n"
     + _GHA),
    # dh_install (debhelper: "missing files, aborting") -> dpkg-buildpackage's subprocess exit
    ("debuild-dh-missing-files", "real",
     "+ debuild -us -uc -b\n"
     "   dh_install -a\n"
     "dh_install: warning: Cannot find (any matches for) \"usr/lib/*/libwidget-extras.so.*\" (tried in ., debian/tmp)\n"
     "dh_install: warning: libwidget2 missing files: usr/lib/*/libwidget-extras.so.*\n"
     "dh_install: error: missing files, aborting\n"
     "make: *** [debian/rules:8: binary] Error 25\n"
     "dpkg-buildpackage: error: debian/rules binary subprocess returned exit status 2\n"
     "debuild: fatal error at line 1182:\n"
     "dpkg-buildpackage -us -uc -ui -b failed\n" + _GHA),
    # lintian's tag lines ("E: <package>: <tag> <context>") with --fail-on error (documented in lintian(1))
    ("lintian-errors", "real",
     "+ lintian --fail-on error --display-info ../libwidget_2.3.1-1_amd64.changes\n"
     "E: libwidget2: shared-library-lacks-prerequisites [usr/lib/x86_64-linux-gnu/libwidget.so.2.3.1]\n"
     "E: libwidget-dev: missing-dependency-on-libc needed by usr/bin/widget-config\n"
     "W: libwidget2: no-symbols-control-file usr/lib/x86_64-linux-gnu/libwidget.so.2.3.1\n" + _GL),
    # lintian: a tag whose NAME mentions a network word must not read as an outage
    ("lintian-network-tag-name", "real",
     "+ lintian --fail-on error ../libwidget_2.3.1-1_amd64.changes\n"
     "E: libwidget-tests: privacy-breach-generic [<img src=\"https://cdn.example.org/badge.svg\">] "
     "[usr/share/doc/libwidget-tests/html/index.html]\n"
     "E: libwidget-tests: connection-timeout-in-test-hardcoded usr/share/libwidget/tests/net.sh\n" + _GL),
    # piuparts (piuparts.py: "FAIL: Package purging left files on system:")
    ("piuparts-purge-left-files", "real",
     "+ piuparts --schroot unstable-amd64-sbuild ../libwidget2_2.3.1-1_amd64.deb\n"
     "0m12.1s INFO: Running scripts post_remove\n"
     "0m14.8s ERROR: FAIL: Package purging left files on system:\n"
     "  /etc/widget/\t not owned\n"
     "  /etc/widget/widget.conf\t not owned\n"
     "0m14.9s ERROR: piuparts run ends.\n" + _GL),

    # ================================================================== autopkgtest, dput, Launchpad
    # autopkgtest runner/autopkgtest (the summary "<test> FAIL non-zero exit status %d"): a test failed
    ("autopkgtest-test-fail", "real",
     "+ autopkgtest ../libwidget_2.3.1-1.dsc -- schroot unstable-amd64-sbuild\n"
     "autopkgtest [09:20:01]: test smoke: [-----------------------\n"
     "assertion failed: widget_resize(w, 640) == 640 (got 320)\n"
     "autopkgtest [09:20:02]: test smoke: -----------------------]\n"
     "smoke                FAIL non-zero exit status 1\n"
     "autopkgtest [09:20:02]: @@@@@@@@@@@@@@@@@@@@ summary\n"
     "smoke                FAIL non-zero exit status 1\n" + _GL),
    # autopkgtest lib/adt_testbed.py ("badpkg: Test dependencies are unsatisfiable. A common reason is ...")
    ("autopkgtest-badpkg-unsatisfiable", "real",
     "+ autopkgtest ../libwidget_2.3.1-1.dsc -- schroot unstable-amd64-sbuild\n"
     " autopkgtest-satdep : Depends: python3-gizmo (>= 4.0) but it is not installable\n"
     "E: Unable to correct problems, you have held broken packages.\n"
     "smoke                FAIL badpkg\n"
     "blame: ../libwidget_2.3.1-1.dsc\n"
     "badpkg: Test dependencies are unsatisfiable. A common reason is that your testbed is out of date with "
     "respect to the archive, and you need to use a current testbed or run apt-get update or use -U.\n" + _GL),
    # dput (dput/dput.py checking the .changes signature before the upload; gpgme's "No data" for an
    # unsigned or wrongly signed file): the job's signing setup, the same on every run
    ("dput-ppa-rejected-key", "real",
     "+ dput ppa:widget-team/nightly ../libwidget_2.3.1-1~ppa1_source.changes\n"
     "Checking signature on .changes\n"
     "gpg: ../libwidget_2.3.1-1~ppa1_source.changes: error 58: gpgme_op_verify\n"
     "gpgme_op_verify: GPGME: No data\n" + _GHA),
    # dput's ftp upload method: the connection to the upload host timed out
    ("dput-ppa-connect-timeout", "transient",
     "+ dput ppa:widget-team/nightly ../libwidget_2.3.1-1~ppa1_source.changes\n"
     "Checking signature on .changes\n"
     "Good signature on /home/runner/work/libwidget_2.3.1-1~ppa1_source.changes.\n"
     "Uploading to ppa (via ftp to ppa.launchpad.example.org):\n"
     "ftp: connection to ppa.launchpad.example.org failed: [Errno 110] Connection timed out\n" + _GHA),
    # Launchpad build states (documented: "Chroot problem" is a builder-side fault; "Failed to build" the
    # package's own)
    ("launchpad-build-chroot-problem", "transient",
     "+ python3 ci/wait_for_ppa_build.py widget-team/nightly libwidget 2.3.1-1~ppa1\n"
     "amd64: Currently building\n"
     "amd64: Chroot problem\n"
     "Build state for libwidget 2.3.1-1~ppa1 on amd64: Chroot problem\n" + _GHA),
    ("launchpad-build-failed-to-build", "real",
     "+ python3 ci/wait_for_ppa_build.py widget-team/nightly libwidget 2.3.1-1~ppa1\n"
     "amd64: Currently building\n"
     "amd64: Failed to build\n"
     "Build log: https://launchpad.example.org/~widget-team/+archive/ubuntu/nightly/+build/2881/+files/buildlog.txt.gz\n"
     + _GHA),

    # ================================================================== rpmbuild, rpmlint
    # rpm build/files.c ("File not found: %s"): a %files entry the install step did not produce
    ("rpmbuild-files-not-found", "real",
     _RPMBUILD +
     "Processing files: libwidget-2.3.1-1.x86_64\n"
     "error: File not found: /home/runner/rpmbuild/BUILDROOT/libwidget-2.3.1-1.x86_64/usr/share/man/man1/widget.1.gz\n"
     "RPM build errors:\n"
     "    File not found: /home/runner/rpmbuild/BUILDROOT/libwidget-2.3.1-1.x86_64/usr/share/man/man1/widget.1.gz\n"
     + _GHA),
    # rpm build/build.c ("Bad exit status from %s (%s)") for %prep: a patch that no longer applies
    ("rpmbuild-prep-patch-failed", "real",
     _RPMBUILD +
     "Executing(%prep): /bin/sh -e /var/tmp/rpm-tmp.Yb2c1\n"
     "Patch #1 (0001-fix-install-path.patch):\n"
     "+ /usr/bin/patch --no-backup-if-mismatch -f -p1 --fuzz=0\n"
     "patching file src/install.c\n"
     "Hunk #1 FAILED at 41.\n"
     "1 out of 1 hunk FAILED -- saving rejects to file src/install.c.rej\n"
     "error: Bad exit status from /var/tmp/rpm-tmp.Yb2c1 (%prep)\n"
     "RPM build errors:\n"
     "    Bad exit status from /var/tmp/rpm-tmp.Yb2c1 (%prep)\n" + _GHA),
    # rpm build/parseReqs / rpmbuild's builddep check ("Failed build dependencies:")
    ("rpmbuild-failed-build-deps", "real",
     _RPMBUILD +
     "error: Failed build dependencies:\n"
     "\tgizmo-devel >= 4.0 is needed by libwidget-2.3.1-1.x86_64\n"
     "\tpkgconfig(libfoo) is needed by libwidget-2.3.1-1.x86_64\n" + _GHA),
    # rpm build/parsePreamble.c / parseSpec.c: a bad spec line
    ("rpmbuild-spec-syntax", "real",
     _RPMBUILD +
     "error: line 14: Unknown tag: Requiers: gizmo >= 4.0\n" + _GHA),
    # rpmlint's summary line (rpmlint/lint.py: "%d packages and %d specfiles checked; %d errors, %d warnings")
    ("rpmlint-errors", "real",
     "+ rpmlint dist/*.rpm\n"
     "libwidget.x86_64: E: zero-length /usr/share/doc/libwidget/NEWS\n"
     "libwidget.x86_64: E: invalid-license Widget-Custom\n"
     "libwidget.x86_64: W: no-manual-page-for-binary widget\n"
     "=== 2 packages and 0 specfiles checked; 2 errors, 1 warnings, 0 badness; has taken 0.4 s ===\n" + _GHA),

    # ================================================================== abuild (Alpine), makepkg (Arch)
    # abuild (">>> ERROR: %s: check failed", documented in abuild(1) / APKBUILD reference)
    ("abuild-check-failed", "real",
     _ABUILD +
     ">>> libwidget: Entering fakeroot...\n"
     "FAIL: test_widget_resize\n"
     "1 of 42 tests failed\n"
     ">>> ERROR: libwidget: check failed\n"
     ">>> libwidget: Uninstalling dependencies...\n" + _GL),
    # abuild: a source checksum that does not match the APKBUILD's sha512sums
    ("abuild-checksum-failed", "real",
     _ABUILD +
     ">>> libwidget: Fetching https://downloads.example.org/libwidget-2.3.1.tar.gz\n"
     ">>> libwidget: Checking sha512sums...\n"
     "libwidget-2.3.1.tar.gz: FAILED\n"
     ">>> ERROR: libwidget: Checksum failed\n" + _GL),
    # abuild's dependency install through apk hitting a mirror fault (apk's "temporary error (try again later)")
    ("abuild-deps-apk-temporary-error", "transient",
     _ABUILD +
     ">>> libwidget: Analyzing dependencies...\n"
     ">>> libwidget: Installing for build: build-base gizmo-dev\n"
     "WARNING: updating and opening https://dl.example.org/alpine/edge/main: temporary error (try again later)\n"
     "ERROR: unable to select packages:\n"
     "  gizmo-dev (no such package):\n"
     "    required by: .makedepends-libwidget-20260504.091241[gizmo-dev]\n"
     ">>> ERROR: libwidget: builddeps failed\n" + _GL),
    # abuild: a dependency no configured repository carries
    ("abuild-deps-no-such-package", "real",
     _ABUILD +
     ">>> libwidget: Analyzing dependencies...\n"
     ">>> libwidget: Installing for build: build-base gizmo4-dev\n"
     "ERROR: unable to select packages:\n"
     "  gizmo4-dev (no such package):\n"
     "    required by: .makedepends-libwidget-20260504.091241[gizmo4-dev]\n"
     ">>> ERROR: libwidget: builddeps failed\n" + _GL),
    # pacman scripts/makepkg.sh.in (error_function: "A failure occurred in %s().", "Aborting...") for check()
    ("makepkg-check-failed", "real",
     _MAKEPKG +
     "==> Starting check()...\n"
     "FAIL: test_widget_resize (expected 640, got 320)\n"
     "make: *** [Makefile:91: test] Error 1\n"
     "==> ERROR: A failure occurred in check().\n"
     "    Aborting...\n" + _GHA),
    # scripts/libmakepkg/integrity/verify_checksum.sh.in ("One or more files did not pass the validity check!")
    ("makepkg-validity-check", "real",
     _MAKEPKG +
     "==> Retrieving sources...\n"
     "  -> Downloading libwidget-2.3.1.tar.gz...\n"
     "==> Validating source files with sha256sums...\n"
     "    libwidget-2.3.1.tar.gz ... FAILED\n"
     "==> ERROR: One or more files did not pass the validity check!\n" + _GHA),
    # scripts/libmakepkg/source/file.sh.in ("Failure while downloading %s") after curl's connection error
    ("makepkg-download-connect-failed", "transient",
     _MAKEPKG +
     "==> Retrieving sources...\n"
     "  -> Downloading libwidget-2.3.1.tar.gz...\n"
     "curl: (7) Failed to connect to downloads.example.org port 443 after 21044 ms: Couldn't connect to server\n"
     "==> ERROR: Failure while downloading https://downloads.example.org/libwidget-2.3.1.tar.gz\n"
     "    Aborting...\n" + _GHA),
    # makepkg.sh.in with pacman's "target not found": a dependency the repositories do not carry
    ("makepkg-syncdeps-target-not-found", "real",
     _MAKEPKG +
     "==> Installing missing dependencies...\n"
     "error: target not found: gizmo4\n"
     "==> ERROR: 'pacman' failed to install missing dependencies.\n"
     "==> ERROR: Could not resolve all dependencies.\n" + _GHA),

    # ================================================================== Homebrew audit, conda-build, rattler-build
    # Homebrew/brew Library/Homebrew/dev-cmd/audit.rb ("#{problem_plural} in #{formula_plural} detected")
    ("brew-audit-problems", "real",
     "+ brew audit --strict --online widget-team/tap/libwidget\n"
     "widget-team/tap/libwidget\n"
     "  * line 12, col 3: `depends_on` for `gizmo` should be placed before `uses_from_macos`\n"
     "  * Stable: version 2.3.1 is redundant with version scanned from URL\n"
     "Error: 2 problems in 1 formula detected.\n" + _GHA),
    # conda-build (conda_build/build.py: "TESTS FAILED: %s" after the recipe's test commands failed)
    ("conda-build-tests-failed", "real",
     _CONDA +
     "import: 'libwidget'\n"
     "+ pytest -q tests\n"
     "FAILED tests/test_resize.py::test_resize - AssertionError: assert 320 == 640\n"
     "1 failed, 41 passed in 2.31s\n"
     "Tests failed for libwidget-2.3.1-py_0.conda - moving package to /opt/conda/conda-bld/broken\n"
     "WARNING: Tests failed for libwidget-2.3.1-py_0.conda - moving package to /opt/conda/conda-bld/broken\n"
     "TESTS FAILED: libwidget-2.3.1-py_0.conda\n" + _GHA),
    # conda-build (conda_build/exceptions.py DependencyNeedsBuildingError: "Unsatisfiable dependencies for
    # platform %s: %s")
    ("conda-build-unsatisfiable", "real",
     _CONDA +
     "conda_build.exceptions.DependencyNeedsBuildingError: Unsatisfiable dependencies for platform linux-64: "
     "{MatchSpec(\"gizmo[version='>=4.0']\")}\n" + _GHA),
    # conda-build fetching the recipe's source (conda_build/source.py "Error: failed to download source")
    # with the host answering 503
    ("conda-build-source-503", "transient",
     _CONDA +
     "Source cache directory is: /opt/conda/conda-bld/src_cache\n"
     "Downloading source to cache: libwidget-2.3.1_3f1d0c9e.tar.gz\n"
     "Downloading https://downloads.example.org/libwidget-2.3.1.tar.gz\n"
     "Error: HTTP 503 Service Unavailable for url <https://downloads.example.org/libwidget-2.3.1.tar.gz>\n"
     "Error: failed to download source\n" + _GHA),
    # rattler-build (its test runner's "Tests failed" after the package's own tests)
    ("rattler-build-tests-failed", "real",
     "+ rattler-build build --recipe recipe/recipe.yaml\n"
     " │ Testing commands:\n"
     " │ + widget --self-test\n"
     " │ self-test: resize: expected 640, got 320\n"
     " │ × error Script failed with status 1\n"
     "Error:   × Test failed: failed to run test script: Script failed with status 1\n" + _GHA),

    # ================================================================== near-misses
    # the project's own test module NAMED after an OBS state and a koji error: it failed on an assertion
    ("near-miss-test-about-koji-hub-offline", "real",
     "+ python -m pytest -q tests/test_koji_client.py\n"
     "F.....\n"
     "_____________________ test_retries_when_hub_offline _____________________\n"
     ">       assert client.submit(build) == 'queued'\n"
     "E       AssertionError: assert 'ServerOffline: Server disabled for maintenance' == 'queued'\n"
     "FAILED tests/test_koji_client.py::test_retries_when_hub_offline - AssertionError\n"
     "1 failed, 5 passed in 0.42s\n" + _GHA),
    # a mirror warning mock printed and recovered from, then the package's %check failed
    ("near-miss-mirror-warning-then-check", "real",
     _MOCK +
     "[MIRROR] gizmo-devel-4.1-2.fc40.x86_64.rpm: Curl error (28): Timeout was reached for "
     "https://mirror.one.example/fedora/gizmo-devel-4.1-2.fc40.x86_64.rpm [Operation timed out after 30000 ms]\n"
     "(12/40): gizmo-devel-4.1-2.fc40.x86_64.rpm          30 MB/s |  1.2 MB     00:00\n"
     "Complete!\n"
     "Start: rpmbuild libwidget-2.3.1-1.fc40.src.rpm\n"
     "FAIL: tests/test_parse\n"
     "error: Bad exit status from /var/tmp/rpm-tmp.Zk31Qa (%check)\n"
     "RPM build errors:\n"
     "ERROR: Exception(dist/libwidget-2.3.1-1.fc40.src.rpm) Config(fedora-40-x86_64) 1 minutes 2 seconds\n"
     + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # openSUSE/osc osc/core.py ('unresolvable' without a detail): a dependency being rebuilt, or missing
    ("osc-results-unresolvable-bare",
     _OSC +
     "openSUSE_Tumbleweed  x86_64  scheduled\n"
     "openSUSE_Tumbleweed  x86_64  unresolvable\n" + _GHA),
    # osc/core.py ('broken' with the backend's detail): a bad source service or a scheduler fault
    ("osc-results-broken",
     _OSC +
     "openSUSE_Tumbleweed  x86_64  broken: service error\n" + _GHA),
    # autopkgtest lib/adt_testbed.py ("testbed failure: unexpected eof from the testbed"): the testbed
    # died, from an outage or from the package's own postinst
    ("autopkgtest-testbed-unexpected-eof",
     "+ autopkgtest ../libwidget_2.3.1-1.dsc -- qemu /srv/autopkgtest/unstable-amd64.img\n"
     "autopkgtest [09:20:01]: test smoke: preparing testbed\n"
     "autopkgtest [09:21:44]: ERROR: testbed failure: unexpected eof from the testbed\n" + _GL),
    # koji builder/kojid ("could not init mock buildroot, %s" with "see root.log"): a repo that did not
    # answer, or a BuildRequires that does not resolve
    ("koji-buildroot-init-root-log",
     _KOJI +
     "118822302 buildArch (libwidget-2.3.1-1.fc40.src.rpm, x86_64): open (buildvm-x86-07.example.org) -> FAILED: "
     "BuildrootError: could not init mock buildroot, mock exited with status 30; see root.log for more information\n"
     "  0 free  0 open  0 done  1 failed\n"
     "\n118822301 build (f40-candidate, /rpms/libwidget.git:3e1f0a2b) failed\n" + _GHA),
    # Launchpad's "Dependency wait" (documented): a dependency still building, or never to be there
    ("launchpad-dependency-wait",
     "+ python3 ci/wait_for_ppa_build.py widget-team/nightly libwidget 2.3.1-1~ppa1\n"
     "amd64: Needs building\n"
     "amd64: Dependency wait\n"
     "Missing dependency: gizmo-dev (>= 4.0)\n" + _GHA),
    # mock/py/mockbuild/exception.py (commandTimeoutExpired, exit 11 "Command timeout expired."): the
    # job's own rpmbuild_timeout, a hung test as often as a slow builder
    ("mock-command-timeout-expired",
     _MOCK +
     "Start: rpmbuild libwidget-2.3.1-1.fc40.src.rpm\n"
     "+ make check\n"
     "ERROR: Command timeout expired.\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_distro_pkg_build_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_distro_pkg_build_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "E: libwidget2 source: ",
    "2 packages and 0 specfiles checked; ",
    "error: Bad exit status from /var/tmp/rpm-tmp.",
    "File not found: /home/runner/rpmbuild/",
    "Build state for libwidget ",
    "ServerOffline: Server disabled for maintenance ",
]
