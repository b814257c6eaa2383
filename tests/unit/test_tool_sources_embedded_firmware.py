"""Thirteenth round, tool sources: firmware and embedded CI (Zephyr's west and twister, Yocto's bitbake,
Buildroot's download helpers, ESP-IDF's component manager and esptool, PlatformIO and arduino-cli
builds and uploads, debug probes on lab runners (OpenOCD, probe-rs, pyOCD, J-Link), Renode and QEMU
emulation tests).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source (the comment above each case names the repository and file holding the
format string; J-Link is closed, its wording rests on SEGGER's manual UM08001); hosts, recipes, boards,
packages and paths are made up; no project's CI log is copied. The tenth round's
test_tool_sources_embedded_infra.py holds arduino-cli's and PlatformIO's index and package downloads;
they are not repeated here.

The rules the cases hold:
  * a source, mirror or registry download that failed for an outage (wget exit 4, a 5xx, a timeout, a
    registry not answering), a bitbake worker killed, bitbake's disk monitor stopping the build on a
    shared host -> transient;
  * a compile error, a recipe's or package's checksum or missing hash, a file, revision or version that
    is not there, a manifest or config naming something unknown, a test that failed on the target or in
    the emulator (a ztest assertion, Renode seeing the failure string on the UART) -> real;
  * a probe or board that did not answer on a lab runner (no probe found, the target not connecting,
    a serial port not there, a flash step that failed, an emulated test that timed out waiting for its
    prompt) is a judgement call, and the judgement here is: not surely transient. On a self-hosted lab
    runner a probe that is unplugged, held by another process, or a board stuck in a bad state stays so
    until someone acts; the same words are printed for firmware that hangs, disables its debug port or
    never reaches its prompt. A rerun is a coin toss, so the engine must not propose one with confidence;
    the tests assert only that.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ west (Zephyr)
    # zephyrproject-rtos/west src/west/app/project.py ("=== updating %s:" banner, "{name} failed for
    # project{s} {projects}" as "ERROR: update failed for project ..."), git's own fetch error (checked)
    ("west-update-fetch-timeout", "transient",
     "=== updating hal_examplechip (modules/hal/examplechip):\n"
     "--- hal_examplechip: fetching, need revision 4f1c2a9e7b\n"
     "fatal: unable to access 'https://git.example.org/hal_examplechip/': Failed to connect to git.example.org port 443 after 134012 ms: Connection timed out\n"
     "ERROR: update failed for project hal_examplechip\n" + _EXIT),
    ("west-update-fetch-502", "transient",
     "=== updating mbedcrypto (modules/crypto/mbedcrypto):\n"
     "--- mbedcrypto: fetching, need revision v3.6.0\n"
     "error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502\n"
     "fatal: expected flush after ref listing\n"
     "ERROR: update failed for project mbedcrypto\n" + _EXIT),
    # west update, the remote dropping the clone part-way (git's own words)
    ("west-update-hung-up", "transient",
     "=== updating zephyr (zephyr):\n"
     "--- zephyr: fetching, need revision v3.6.0\n"
     "error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)\n"
     "fatal: the remote end hung up unexpectedly\n"
     "fatal: early EOF\n"
     "ERROR: update failed for project zephyr\n" + _EXIT),
    # the same path, a revision the remote does not have (a manifest pinning a tag never pushed)
    ("west-update-unknown-ref", "real",
     "=== updating hal_examplechip (modules/hal/examplechip):\n"
     "--- hal_examplechip: fetching, need revision v9.9.9\n"
     "fatal: couldn't find remote ref refs/tags/v9.9.9\n"
     "ERROR: update failed for project hal_examplechip\n" + _EXIT),
    # west src/west/app/main.py ("command exited with status {rc}: {cmd}", fatal) around a build's cmake
    ("west-build-cmake-error", "real",
     "-- west build: generating a build system\n"
     "CMake Error at /work/zephyr/cmake/modules/kconfig.cmake:396 (message):\n"
     "  command failed with return code: 1\n"
     "app/prj.conf:4: warning: attempt to assign the value 'y' to the undefined symbol EXAMPLE_SENSOR\n"
     "-- Configuring incomplete, errors occurred!\n"
     "FATAL ERROR: command exited with status 1: /usr/bin/cmake -DBOARD=example_board -S app -B build\n" + _EXIT),

    # ------------------------------------------------------------------ twister (Zephyr)
    # zephyrproject-rtos/zephyr scripts/pylib/twister/twisterlib/runner.py report_out ("{platform:<25}
    # {suite:<50} {STATUS}: {reason}", logger.error) and the summary "N of M executed test configurations
    # passed"; handlers.py reason "Failed" for a harness that saw the test fail (checked)
    ("twister-ztest-failed", "real",
     "INFO    - 14/20 qemu_x86        tests/lib/ringbuf/libraries.ringbuf                FAILED Failed (qemu 3.412s)\n"
     "START - test_ringbuf_put_get\n"
     "    Assertion failed at WEST_TOPDIR/app/tests/ringbuf/src/main.c:88: test_ringbuf_put_get: (len not equal to 16)\n"
     " FAIL - test_ringbuf_put_get in 0.004 seconds\n"
     "ERROR   - qemu_x86                  tests/lib/ringbuf/libraries.ringbuf                FAILED: Failed\n"
     "INFO    - 19 of 20 executed test configurations passed (95.00%), 0 built (not run), 1 failed, 0 errored, with no warnings in 88.20 seconds.\n"
     + _EXIT),
    # runner.py: a build that failed to compile is reported ERROR with reason "Build failure"
    ("twister-build-failure", "real",
     "ERROR   - qemu_cortex_m3            tests/drivers/example/drivers.example.basic        ERROR: Build failure\n"
     "/work/app/drivers/example/example.c:41:9: error: implicit declaration of function 'example_reset' [-Werror=implicit-function-declaration]\n"
     "ninja: build stopped: subcommand failed.\n"
     "INFO    - 11 of 12 executed test configurations passed (91.67%), 0 built (not run), 0 failed, 1 errored, with no warnings in 140.02 seconds.\n"
     + _EXIT),
    # a ztest whose name carries an outage word, failing on its assertion
    ("twister-ztest-timeout-named-test", "real",
     "START - test_connect_timeout_is_reported\n"
     "    Assertion failed at WEST_TOPDIR/app/tests/net/src/main.c:140: test_connect_timeout_is_reported: (ret not equal to -ETIMEDOUT)\n"
     " FAIL - test_connect_timeout_is_reported in 0.012 seconds\n"
     "ERROR   - native_sim                tests/net/client/net.client                        FAILED: Failed\n"
     "INFO    - 7 of 8 executed test configurations passed (87.50%), 0 built (not run), 1 failed, 0 errored, with no warnings in 30.11 seconds.\n"
     + _EXIT),

    # ------------------------------------------------------------------ bitbake (Yocto)
    # openembedded/bitbake lib/bb/fetch2/__init__.py FetchError "Fetcher failure for URL: '%s'. %s",
    # runfetchcmd "Fetch command %s failed with exit code %s, output:\n%s"; wget's exit 4 is a network
    # failure; lib/bb/runqueue.py "Task (%s) failed with exit code '%s'" (checked)
    ("bitbake-wget-exit4-timeout", "transient",
     "NOTE: Executing Tasks\n"
     "WARNING: example-lib-1.4.2-r0 do_fetch: Failed to fetch URL https://downloads.example.org/example-lib-1.4.2.tar.gz, attempting MIRRORS if available\n"
     "ERROR: example-lib-1.4.2-r0 do_fetch: Fetcher failure: Fetch command export PATH=\"/work/build/tmp/hosttools\"; "
     "/usr/bin/env wget -t 2 -T 30 --passive-ftp -O /work/build/downloads/example-lib-1.4.2.tar.gz.tmp -P /work/build/downloads "
     "'https://downloads.example.org/example-lib-1.4.2.tar.gz' --progress=dot -v failed with exit code 4, output:\n"
     "Connecting to downloads.example.org (downloads.example.org)|203.0.113.7|:443... failed: Connection timed out.\n"
     "ERROR: example-lib-1.4.2-r0 do_fetch: Bitbake Fetcher Error: FetchError('Unable to fetch URL from any source.', 'https://downloads.example.org/example-lib-1.4.2.tar.gz')\n"
     "ERROR: Task (/work/layers/meta-example/recipes-core/example-lib/example-lib_1.4.2.bb:do_fetch) failed with exit code '1'\n"
     + _EXIT),
    ("bitbake-wget-503", "transient",
     "ERROR: example-tool-native-2.0-r0 do_fetch: Fetcher failure: Fetch command export PATH=\"/work/build/tmp/hosttools\"; "
     "/usr/bin/env wget -t 2 -T 30 -O /work/build/downloads/example-tool-2.0.tar.xz.tmp "
     "'https://mirror.example.org/example-tool-2.0.tar.xz' --progress=dot -v failed with exit code 8, output:\n"
     "HTTP request sent, awaiting response... 503 Service Unavailable\n"
     "2026-03-01 10:12:44 ERROR 503: Service Unavailable.\n"
     "ERROR: Task (/work/layers/meta-example/recipes-devtools/example-tool/example-tool_2.0.bb:do_fetch) failed with exit code '1'\n"
     + _EXIT),
    # fetch2/git.py runs git through runfetchcmd; git's own connection error
    ("bitbake-git-fetch-reset", "transient",
     "ERROR: example-fw-1.0+git-r0 do_fetch: Fetcher failure: Fetch command export PATH=\"/work/build/tmp/hosttools\"; "
     "LANG=C git -c gc.autoDetach=false -c core.pager=cat clone --bare --mirror https://git.example.org/example-fw.git "
     "/work/build/downloads/git2/git.example.org.example-fw.git --progress failed with exit code 128, output:\n"
     "Cloning into bare repository '/work/build/downloads/git2/git.example.org.example-fw.git'...\n"
     "error: RPC failed; curl 56 Recv failure: Connection reset by peer\n"
     "fatal: early EOF\n"
     "ERROR: Task (/work/layers/meta-example/recipes-bsp/example-fw/example-fw_git.bb:do_fetch) failed with exit code '1'\n"
     + _EXIT),
    # lib/bb/monitordisk.py ("The free space of %s (%s) is running low (%.3fGB left)", "No new tasks can be
    # executed since the disk space monitor action is \"STOPTASKS\"!") (checked)
    ("bitbake-diskmon-stoptasks", "transient",
     "NOTE: Running task 2210 of 4631 (/work/poky/meta/recipes-devtools/gcc/gcc_13.2.bb:do_compile)\n"
     "WARNING: The free space of /work/build/tmp (/dev/sdb1) is running low (0.912GB left)\n"
     "ERROR: No new tasks can be executed since the disk space monitor action is \"STOPTASKS\"!\n"
     "NOTE: Tasks Summary: Attempted 2210 tasks of which 1804 didn't need to be rerun and all succeeded.\n"
     + _EXIT),
    # lib/bb/runqueue.py "%s process (%s) exited unexpectedly (%s), shutting down..." (a worker killed)
    ("bitbake-worker-killed", "transient",
     "NOTE: Running task 1532 of 4631 (/work/poky/meta/recipes-kernel/linux/linux-example_6.6.bb:do_compile)\n"
     "ERROR: Worker process (48211) exited unexpectedly (-9), shutting down...\n"
     "NOTE: Tasks Summary: Attempted 1531 tasks of which 1200 didn't need to be rerun and 1 failed.\n"
     + _EXIT),
    # runqueue.py "Task (%s) failed with exit code '%s'", lib/bb/ui/knotty.py "Logfile of failure stored in:"
    # around a compiler's error in do_compile
    ("bitbake-do-compile-error", "real",
     "ERROR: example-app-1.0-r0 do_compile: oe_runmake failed\n"
     "ERROR: example-app-1.0-r0 do_compile: ExecutionError('/work/build/tmp/work/cortexa53-poky-linux/example-app/1.0/temp/run.do_compile.4412', 1, None, None)\n"
     "ERROR: Logfile of failure stored in: /work/build/tmp/work/cortexa53-poky-linux/example-app/1.0/temp/log.do_compile.4412\n"
     "| src/main.c:27:5: error: unknown type name 'example_cfg_t'\n"
     "| make: *** [Makefile:14: main.o] Error 1\n"
     "ERROR: Task (/work/layers/meta-example/recipes-apps/example-app/example-app_1.0.bb:do_compile) failed with exit code '1'\n"
     + _EXIT),
    # near-miss: sstate mirror warnings (fetch2's "attempting MIRRORS", setscene falling back to the real
    # task) before a do_compile that failed on the code
    ("bitbake-sstate-warn-then-compile", "real",
     "WARNING: Failed to fetch URL https://sstate.example.org/sstate-cache/2a/sstate:example-app:cortexa53:1.0:r0:cortexa53:11:2a.tar.zst, attempting MIRRORS if available\n"
     "WARNING: Setscene task (/work/layers/meta-example/recipes-apps/example-app/example-app_1.0.bb:do_populate_sysroot_setscene) failed with exit code '1' - real task will be run instead\n"
     "ERROR: example-app-1.0-r0 do_compile: oe_runmake failed\n"
     "| src/io.c:51:12: error: 'EXAMPLE_MAX' undeclared (first use in this function)\n"
     "ERROR: Task (/work/layers/meta-example/recipes-apps/example-app/example-app_1.0.bb:do_compile) failed with exit code '1'\n"
     + _EXIT),
    # fetch2's git fetcher through runfetchcmd, the name lookup failing (git's own words)
    ("bitbake-git-resolve-host", "transient",
     "ERROR: example-bsp-1.0+git-r0 do_fetch: Fetcher failure: Fetch command export PATH=\"/work/build/tmp/hosttools\"; "
     "LANG=C git -c core.fsyncobjectfiles=0 fetch -f --progress https://git.example.org/example-bsp.git refs/*:refs/* failed with exit code 128, output:\n"
     "fatal: unable to access 'https://git.example.org/example-bsp.git/': Could not resolve host: git.example.org\n"
     "ERROR: Task (/work/layers/meta-example/recipes-bsp/example-bsp/example-bsp_git.bb:do_fetch) failed with exit code '1'\n"
     + _EXIT),
    # monitordisk.py's HALT action, the build stopped at once
    ("bitbake-diskmon-halt", "transient",
     "WARNING: The free space of /work/build/sstate-cache (/dev/sdc1) is running low (0.421GB left)\n"
     "ERROR: Immediately halt since the disk space monitor action is \"HALT\"!\n"
     "NOTE: Tasks Summary: Attempted 3102 tasks of which 2990 didn't need to be rerun and 1 failed.\n" + _EXIT),
    # fetch2/local.py "Unable to find file %s anywhere to download to %s. The paths that were searched were:"
    ("bitbake-local-file-missing", "real",
     "ERROR: example-app-1.0-r0 do_fetch: Fetcher failure: Unable to find file file://0001-fix-build.patch anywhere to download to "
     "/work/build/tmp/work/cortexa53-poky-linux/example-app/1.0/sources-unpack/0001-fix-build.patch. The paths that were searched were:\n"
     "    /work/layers/meta-example/recipes-apps/example-app/example-app-1.0/poky\n"
     "    /work/layers/meta-example/recipes-apps/example-app/files\n"
     "ERROR: Task (/work/layers/meta-example/recipes-apps/example-app/example-app_1.0.bb:do_fetch) failed with exit code '1'\n"
     + _EXIT),
    # fetch2/__init__.py verify_checksum ("Checksum mismatch!", "File: '%s' has %s checksum '%s' when '%s'
    # was expected", "Otherwise you should retry the download and/or check with upstream ...")
    ("bitbake-checksum-mismatch", "real",
     "ERROR: example-lib-1.4.2-r0 do_fetch: Checksum mismatch!\n"
     "File: '/work/build/downloads/example-lib-1.4.2.tar.gz' has sha256 checksum '0a1b2c3d4e' when '9f8e7d6c5b' was expected\n"
     "If this change is expected (e.g. you have upgraded to a new version without updating the checksums) then you can use these lines within the recipe:\n"
     "SRC_URI[sha256sum] = \"0a1b2c3d4e\"\n"
     "Otherwise you should retry the download and/or check with upstream to determine if the file has become corrupted or otherwise unexpectedly modified.\n"
     "ERROR: Task (/work/layers/meta-example/recipes-core/example-lib/example-lib_1.4.2.bb:do_fetch) failed with exit code '1'\n"
     + _EXIT),
    # fetch2/git.py "Unable to find revision %s in branch %s even from upstream"
    ("bitbake-git-revision-missing", "real",
     "ERROR: example-fw-1.0+git-r0 do_fetch: Fetcher failure: Unable to find revision 7c1e0f9ab2 in branch main even from upstream\n"
     "ERROR: example-fw-1.0+git-r0 do_fetch: Bitbake Fetcher Error: FetchError('Unable to find revision 7c1e0f9ab2 in branch main even from upstream', None)\n"
     "ERROR: Task (/work/layers/meta-example/recipes-bsp/example-fw/example-fw_git.bb:do_fetch) failed with exit code '1'\n"
     + _EXIT),
    # fetch2/__init__.py NetworkAccess "Network access disabled through BB_NO_NETWORK ..." (a config that
    # forbids the fetch: the same on every run)
    ("bitbake-no-network", "real",
     "ERROR: example-lib-1.5.0-r0 do_fetch: Fetcher failure: Fetch command export PATH=\"/work/build/tmp/hosttools\"; "
     "git ls-remote https://git.example.org/example-lib.git refs/tags/v1.5.0 failed: Network access disabled through BB_NO_NETWORK "
     "(or set indirectly due to use of BB_FETCH_PREMIRRORONLY) but access requested with command git ls-remote (for url https://git.example.org/example-lib.git)\n"
     "ERROR: Task (/work/layers/meta-example/recipes-core/example-lib/example-lib_1.5.0.bb:do_fetch) failed with exit code '1'\n"
     + _EXIT),
    # lib/bb/taskdata.py / event.py "Nothing PROVIDES '%s'"
    ("bitbake-nothing-provides", "real",
     "Loading cache: 100% |############################################| Time: 0:00:01\n"
     "ERROR: Nothing PROVIDES 'libexample-sensor' (but /work/layers/meta-example/recipes-apps/example-app/example-app_1.0.bb DEPENDS on or otherwise requires it)\n"
     "ERROR: Required build target 'example-image' has no buildable providers.\n"
     "Summary: There were 2 ERROR messages, returning a non-zero exit code.\n" + _EXIT),

    # ------------------------------------------------------------------ Buildroot
    # buildroot/buildroot support/download/dl-wrapper (tries every URI, "exit 1" when none worked) around
    # wget's own output; package/pkg-generic.mk's .stamp_downloaded target (checked)
    ("buildroot-wget-503", "transient",
     ">>> example-lib 1.4.2 Downloading\n"
     "--2026-03-01 10:12:40--  https://downloads.example.org/example-lib-1.4.2.tar.gz\n"
     "HTTP request sent, awaiting response... 503 Service Unavailable\n"
     "2026-03-01 10:12:41 ERROR 503: Service Unavailable.\n"
     "--2026-03-01 10:12:41--  https://sources.example.net/example-lib/example-lib-1.4.2.tar.gz\n"
     "HTTP request sent, awaiting response... 503 Service Unavailable\n"
     "2026-03-01 10:12:42 ERROR 503: Service Unavailable.\n"
     "make[1]: *** [package/pkg-generic.mk:179: /work/output/build/example-lib-1.4.2/.stamp_downloaded] Error 1\n"
     "make: *** [Makefile:83: _all] Error 2\n" + _EXIT),
    ("buildroot-wget-connect-timeout", "transient",
     ">>> example-tool 2.0 Downloading\n"
     "--2026-03-01 10:20:01--  https://downloads.example.org/example-tool-2.0.tar.xz\n"
     "Connecting to downloads.example.org (downloads.example.org)|203.0.113.7|:443... failed: Connection timed out.\n"
     "Retrying.\n"
     "Connecting to downloads.example.org (downloads.example.org)|203.0.113.7|:443... failed: Connection timed out.\n"
     "Giving up.\n"
     "make[1]: *** [package/pkg-generic.mk:179: /work/output/build/example-tool-2.0/.stamp_downloaded] Error 1\n"
     + _EXIT),
    # support/download/check-hash ("ERROR: %s has wrong %s hash:", "ERROR: expected:", "ERROR: got     :",
    # "ERROR: Incomplete download, or man-in-the-middle (MITM) attack") for a pinned tarball (checked)
    ("buildroot-wrong-hash", "real",
     ">>> example-lib 1.4.2 Downloading\n"
     "example-lib-1.4.2.tar.gz: saved\n"
     "ERROR: example-lib-1.4.2.tar.gz has wrong sha256 hash:\n"
     "ERROR: expected: 9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0\n"
     "ERROR: got     : 0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9\n"
     "ERROR: Incomplete download, or man-in-the-middle (MITM) attack\n"
     "make[1]: *** [package/pkg-generic.mk:179: /work/output/build/example-lib-1.4.2/.stamp_downloaded] Error 1\n"
     + _EXIT),
    # check-hash "ERROR: No hash found for %s"
    ("buildroot-no-hash", "real",
     ">>> example-lib 1.5.0 Downloading\n"
     "ERROR: No hash found for example-lib-1.5.0.tar.gz\n"
     "make[1]: *** [package/pkg-generic.mk:179: /work/output/build/example-lib-1.5.0/.stamp_downloaded] Error 1\n"
     "make: *** [Makefile:83: _all] Error 2\n" + _EXIT),
    # dl-wrapper around wget answering 404 from every URI (a version bump whose tarball is not there)
    ("buildroot-wget-404", "real",
     ">>> example-lib 9.9.9 Downloading\n"
     "--2026-03-01 10:30:00--  https://downloads.example.org/example-lib-9.9.9.tar.gz\n"
     "HTTP request sent, awaiting response... 404 Not Found\n"
     "2026-03-01 10:30:00 ERROR 404: Not Found.\n"
     "--2026-03-01 10:30:00--  https://sources.example.net/example-lib/example-lib-9.9.9.tar.gz\n"
     "HTTP request sent, awaiting response... 404 Not Found\n"
     "2026-03-01 10:30:01 ERROR 404: Not Found.\n"
     "make[1]: *** [package/pkg-generic.mk:179: /work/output/build/example-lib-9.9.9/.stamp_downloaded] Error 1\n"
     + _EXIT),
    # package/pkg-generic.mk ">>> %s Building" then the package's own compile error
    ("buildroot-compile-error", "real",
     ">>> example-app 1.0 Building\n"
     "/work/output/host/bin/aarch64-buildroot-linux-gnu-gcc -O2 -c src/main.c -o src/main.o\n"
     "src/main.c:12:10: fatal error: example/config.h: No such file or directory\n"
     "compilation terminated.\n"
     "make[2]: *** [Makefile:20: src/main.o] Error 1\n"
     "make[1]: *** [package/pkg-generic.mk:283: /work/output/build/example-app-1.0/.stamp_built] Error 2\n"
     + _EXIT),

    # ------------------------------------------------------------------ ESP-IDF
    # espressif/idf-component-manager idf_component_manager/core.py ("Cannot establish a connection to the
    # component registry. Are you connected to the internet?") (checked)
    ("idf-registry-no-connection", "transient",
     "Executing action: build\n"
     "Running cmake in directory /work/app/build\n"
     "NOTICE: Processing 3 dependencies:\n"
     "ERROR: Cannot establish a connection to the component registry. Are you connected to the internet?\n"
     "URL: https://components.example.org/api/components/examplecorp/led_strip\n"
     "CMake Error at /opt/esp-idf/tools/cmake/build.cmake:620 (message):\n"
     "  ERROR: Component manager failed to resolve dependencies\n"
     "-- Configuring incomplete, errors occurred!\n" + _EXIT),
    # idf_component_tools/sources/web_service.py "Server returned HTTP code {status} while downloading {url}"
    ("idf-download-http-503", "transient",
     "NOTICE: Processing 2 dependencies:\n"
     "NOTICE: [1/2] examplecorp/led_strip (2.5.3)\n"
     "ERROR: Server returned HTTP code 503 while downloading https://components-file.example.org/examplecorp/led_strip/2.5.3.tgz\n"
     "-- Configuring incomplete, errors occurred!\n" + _EXIT),
    ("idf-download-http-404", "real",
     "NOTICE: Processing 2 dependencies:\n"
     "NOTICE: [1/2] examplecorp/led_strip (9.9.9)\n"
     "ERROR: Server returned HTTP code 404 while downloading https://components-file.example.org/examplecorp/led_strip/9.9.9.tgz\n"
     "-- Configuring incomplete, errors occurred!\n" + _EXIT),
    # idf_component_tools/registry/multi_storage_client.py ("Cannot establish a connection to the component
    # registry at {url}")
    ("idf-registry-at-url-unreachable", "transient",
     "NOTICE: Updating lock file at /work/app/dependencies.lock\n"
     "NOTICE: Processing 4 dependencies:\n"
     "ERROR: Cannot establish a connection to the component registry at https://components.example.org\n"
     "-- Configuring incomplete, errors occurred!\n" + _EXIT),
    # idf_component_manager/version_solver/mixology/incompatibility.py ("version solving failed")
    ("idf-version-solving-failed", "real",
     "NOTICE: Processing 2 dependencies:\n"
     "ERROR: Because project depends on examplecorp/led_strip (>=9.0.0) which doesn't match any versions, version solving failed.\n"
     "CMake Error at /opt/esp-idf/tools/cmake/build.cmake:620 (message):\n"
     "  ERROR: Component manager failed to resolve dependencies\n" + _EXIT),
    # ESP-IDF's idf.py build failing on the code ("ninja failed with exit code 1")
    ("idf-build-compile-error", "real",
     "[812/1030] Building C object esp-idf/main/CMakeFiles/__idf_main.dir/app_main.c.obj\n"
     "FAILED: esp-idf/main/CMakeFiles/__idf_main.dir/app_main.c.obj\n"
     "/work/app/main/app_main.c:33:5: error: too few arguments to function 'example_sensor_init'\n"
     "ninja: build stopped: subcommand failed.\n"
     "ninja failed with exit code 1, output of the command is in the /work/app/build/log/idf_py_stderr_output_4412 and /work/app/build/log/idf_py_stdout_output_4412\n"
     + _EXIT),

    # ------------------------------------------------------------------ PlatformIO, arduino-cli builds
    # PlatformIO builds through SCons ("*** [path] Error 1", "[FAILED] Took N seconds"); the compiler's error
    ("platformio-compile-error", "real",
     "Compiling .pio/build/esp32dev/src/main.cpp.o\n"
     "src/main.cpp:18:3: error: 'exampleBegin' was not declared in this scope\n"
     "*** [.pio/build/esp32dev/src/main.cpp.o] Error 1\n"
     "========================= [FAILED] Took 6.42 seconds =========================\n" + _EXIT),
    # PlatformIO's test runner (platformio/test/runners/unity.py, the Unity "file:line:name:FAIL: msg"
    # lines) on the native platform
    ("platformio-unity-fail", "real",
     "Testing...\n"
     "test/test_parser/test_main.cpp:22:test_parse_frame:FAIL: Expected 3 Was 2\n"
     "test/test_parser/test_main.cpp:40:test_parse_empty:PASS\n"
     "-------------------- native:test_parser [FAILED] Took 1.21 seconds --------------------\n"
     "==================== 2 test cases: 1 failed, 1 succeeded in 00:00:01.212 ====================\n" + _EXIT),
    # arduino-cli internal/cli/lib/update_index.go ("Error updating library index: %v") around the index
    # download's 504 (the tenth round holds the core index; this is the library index)
    ("arduino-lib-index-504", "transient",
     "$ arduino-cli lib update-index\n"
     "Downloading index: library_index.tar.bz2 Download failed: server returned 504 Gateway Timeout\n"
     "Error updating library index: Error downloading index 'https://downloads.example.org/libraries/library_index.tar.bz2': "
     "Download failed: server returned 504 Gateway Timeout\n" + _EXIT),
    # PlatformIO platformio/http.py HTTPClientError around requests' read timeout, installing a platform
    ("platformio-platform-read-timeout", "transient",
     "Platform Manager: Installing examplecorp/exampleplatform @ 6.5.0\n"
     "HTTPClientError: HTTPSConnectionPool(host='api.registry.example.org', port=443): Read timed out. (read timeout=10)\n"
     "========================= [FAILED] Took 12.10 seconds =========================\n" + _EXIT),
    # arduino/arduino-cli internal/cli/compile/compile.go ("Error during build: %v") (checked)
    ("arduino-compile-error", "real",
     "/home/ci/sketch/sketch.ino: In function 'void loop()':\n"
     "/home/ci/sketch/sketch.ino:14:3: error: 'readSensr' was not declared in this scope\n"
     "   readSensr();\n"
     "   ^~~~~~~~~\n"
     "Error during build: exit status 1\n" + _EXIT),
    # arduino-cli commands/service_compile.go ("platform not installed" inside cmderrors' PlatformNotFoundError)
    ("arduino-platform-not-installed", "real",
     "$ arduino-cli compile --fqbn examplecorp:samd:board1 sketch\n"
     "Error during build: Platform 'examplecorp:samd' not found: platform not installed\n"
     "Try running `arduino-cli core install examplecorp:samd`\n" + _EXIT),

    # ------------------------------------------------------------------ probes and emulators: real
    # probe-rs/probe-rs probe-rs-tools/src/bin/probe-rs/util/common_options.rs ("The chip '{name}' was not
    # found in the database.", "Failed to open the ELF file '{path}' for flashing.") (checked)
    ("probe-rs-chip-unknown", "real",
     "$ probe-rs run --chip EXAMPLE123XX target/thumbv7em-none-eabihf/debug/app\n"
     "Error: The chip 'EXAMPLE123XX' was not found in the database.\n"
     "\n"
     "Caused by:\n"
     "    A chip matching the name 'EXAMPLE123XX' was not found.\n" + _EXIT),
    ("probe-rs-elf-missing", "real",
     "$ probe-rs download --chip nRF52840_xxAA target/thumbv7em-none-eabihf/release/app\n"
     "Error: Failed to open the ELF file 'target/thumbv7em-none-eabihf/release/app' for flashing.\n"
     "\n"
     "Caused by:\n"
     "    No such file or directory (os error 2)\n" + _EXIT),
    # openocd-org/openocd src/helper/startup.tcl ("Can't find %s") for a config script that is not there
    ("openocd-cfg-missing", "real",
     "Open On-Chip Debugger 0.12.0\n"
     "Licensed under GNU GPL v2\n"
     "embedded:startup.tcl:28: Error: Can't find interface/example-probe.cfg\n"
     "in procedure 'script'\n"
     "at file \"embedded:startup.tcl\", line 28\n" + _EXIT),
    # renode/renode src/Renode/RobotFrameworkEngine/UartKeywords.cs ("Terminal tester failed!\n\nTest failing
    # entry has been found on UART:") - the firmware printed the failure string the test watches for
    ("renode-failing-entry-on-uart", "real",
     "+++++ Starting test 'app-selftest.Self Test Should Pass'\n"
     "+++++ Finished test 'app-selftest.Self Test Should Pass' in 2.41 seconds with status failed\n"
     "      Cause: Terminal tester failed!\n"
     "\n"
     "Test failing entry has been found on UART:\n"
     "SELFTEST FAILED: crc mismatch 0x1a2b != 0x3c4d\n"
     "Some tests failed :( See the list of failed tests below and logs for details!\n" + _EXIT),
    # a unit test of a lab script that quotes the probe's words in its expected output
    ("lab-script-test-quotes-probe", "real",
     "tests/test_bench.py::test_parses_missing_probe FAILED\n"
     "    def test_parses_missing_probe():\n"
     ">       assert parse_probe_list('No available debug probes are connected') == []\n"
     "E       AssertionError: assert None == []\n"
     "FAILED tests/test_bench.py::test_parses_missing_probe - AssertionError: assert None == []\n"
     "1 failed, 14 passed in 0.41s\n" + _EXIT),
]

# A probe or board that did not answer on a lab runner, and other wordings printed both for an outage and
# for a persistent cause: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # openocd src/jtag/drivers/cmsis_dap.c ("unable to find a matching CMSIS-DAP device") (checked)
    ("openocd-cmsis-dap-not-found",
     "Open On-Chip Debugger 0.12.0\n"
     "Info : Listening on port 6666 for tcl connections\n"
     "Info : Listening on port 4444 for telnet connections\n"
     "Error: unable to find a matching CMSIS-DAP device\n" + _EXIT),
    # openocd src/jtag/drivers/stlink_usb.c ("open failed")
    ("openocd-stlink-open-failed",
     "Open On-Chip Debugger 0.12.0\n"
     "Info : auto-selecting first available session transport \"hla_swd\".\n"
     "Info : clock speed 1000 kHz\n"
     "Error: open failed\n"
     "in procedure 'program'\n"
     "** OpenOCD init failed **\n" + _EXIT),
    # openocd stlink_usb.c ("init mode failed (unable to connect to the target)")
    ("openocd-stlink-init-mode",
     "Info : STLINK V2J37S7 (API v2) VID:PID 0483:3748\n"
     "Info : Target voltage: 3.241000\n"
     "Error: init mode failed (unable to connect to the target)\n"
     "** OpenOCD init failed **\n"
     "shutdown command invoked\n" + _EXIT),
    # openocd src/jtag/drivers/jlink.c ("No J-Link device found")
    ("openocd-no-jlink",
     "Open On-Chip Debugger 0.12.0\n"
     "Info : Listening on port 6666 for tcl connections\n"
     "Error: No J-Link device found\n" + _EXIT),
    # SEGGER J-Link Commander (closed; manual UM08001): "Cannot connect to target."
    ("jlink-cannot-connect-target",
     "SEGGER J-Link Commander V7.94e\n"
     "Connecting to J-Link via USB...O.K.\n"
     "Target connection not established yet but required for command.\n"
     "Device \"EXAMPLE32F4\" selected.\n"
     "Connecting to target via SWD\n"
     "Cannot connect to target.\n"
     "FATAL ERROR: command exited with status 1: JLinkExe -nogui 1 -if swd -speed auto -device EXAMPLE32F4 -CommanderScript /tmp/runner.jlink\n"
     + _EXIT),
    # probe-rs common_options.rs ("No connected probes were found.", "Connecting to the chip was unsuccessful.")
    ("probe-rs-no-probes",
     "$ probe-rs run --chip nRF52840_xxAA target/thumbv7em-none-eabihf/debug/app\n"
     "Error: No connected probes were found.\n" + _EXIT),
    ("probe-rs-attach-failed",
     "$ probe-rs run --chip nRF52840_xxAA target/thumbv7em-none-eabihf/debug/app\n"
     "Error: Connecting to the chip was unsuccessful.\n"
     "\n"
     "Caused by:\n"
     "    0: An ARM specific error occurred.\n"
     "    1: The debug probe encountered an error.\n" + _EXIT),
    # pyocd/pyOCD pyocd/core/helpers.py ConnectHelper ("No available debug probes are connected")
    ("pyocd-no-probes",
     "$ pyocd flash -t example32f4 build/zephyr/zephyr.hex\n"
     "No available debug probes are connected\n"
     "FATAL ERROR: command exited with status 1: pyocd flash -e sector -a 0x0 -t example32f4 build/zephyr/zephyr.hex\n"
     + _EXIT),
    # espressif/esptool esptool/loader.py ("Failed to connect to {chip}: {last_error}", "No serial data
    # received.", "Could not open {port}, the port is busy or doesn't exist."), esptool/__init__.py
    # ("A fatal error occurred: ...") (checked)
    ("esptool-no-serial-data",
     "esptool.py v4.7.0\n"
     "Serial port /dev/ttyUSB0\n"
     "Connecting......................................\n"
     "\n"
     "A fatal error occurred: Failed to connect to ESP32: No serial data received.\n"
     "For troubleshooting steps visit: https://docs.example.org/esptool/troubleshooting.html\n" + _EXIT),
    ("esptool-port-missing",
     "esptool.py v4.7.0\n"
     "Serial port /dev/ttyUSB0\n"
     "\n"
     "A fatal error occurred: Could not open /dev/ttyUSB0, the port is busy or doesn't exist.\n"
     "([Errno 2] could not open port /dev/ttyUSB0: [Errno 2] No such file or directory: '/dev/ttyUSB0')\n"
     + _EXIT),
    # arduino-cli internal/cli/upload/upload.go ("Error during Upload: %v") and commands/service_upload.go
    # ("Failed uploading") around avrdude's own words for a board that did not answer (checked)
    ("arduino-upload-programmer-not-responding",
     "avrdude: stk500_recv(): programmer is not responding\n"
     "avrdude: stk500_getsync() attempt 10 of 10: not in sync: resp=0x00\n"
     "Failed uploading: uploading error: exit status 1\n" + _EXIT),
    # zephyr scripts/pylib/twister/twisterlib/handlers.py DeviceHandler ("Device issue (Flash error?)",
    # "Flash operation timed out.") on a hardware map
    ("twister-device-flash-error",
     "INFO    - Adding tasks to the queue...\n"
     "ERROR   - example_board             tests/kernel/common/kernel.common                  ERROR: Device issue (Flash error?)\n"
     "INFO    - 0 of 1 executed test configurations passed (0.00%), 0 built (not run), 0 failed, 1 errored, with no warnings in 95.40 seconds.\n"
     + _EXIT),
    ("twister-flash-timed-out",
     "WARNING - Flash operation timed out.\n"
     "ERROR   - example_board             tests/drivers/gpio/drivers.gpio.basic              ERROR: Device issue (Timeout)\n"
     "INFO    - 3 of 4 executed test configurations passed (75.00%), 0 built (not run), 0 failed, 1 errored, with no warnings in 210.77 seconds.\n"
     + _EXIT),
    # handlers.py QEMUHandler: no harness verdict before the timeout, reason "Timeout" (a hang in the
    # firmware or a slow host)
    ("twister-qemu-timeout",
     "INFO    - 40/52 qemu_cortex_m3   tests/kernel/sched/schedule_api/kernel.scheduler   FAILED Timeout (qemu 60.102s)\n"
     "ERROR   - qemu_cortex_m3            tests/kernel/sched/schedule_api/kernel.scheduler   FAILED: Timeout\n"
     "INFO    - 51 of 52 executed test configurations passed (98.08%), 0 built (not run), 1 failed, 0 errored, with no warnings in 402.10 seconds.\n"
     + _EXIT),
    # renode UartKeywords.cs ("Terminal tester failed!\n\nFull report:") - the prompt never came
    ("renode-prompt-timeout",
     "+++++ Starting test 'shell.Should Reach The Shell Prompt'\n"
     "+++++ Finished test 'shell.Should Reach The Shell Prompt' in 12.05 seconds with status failed\n"
     "      Cause: Terminal tester failed!\n"
     "\n"
     "Full report:\n"
     "*** Booting Zephyr OS build v3.6.0 ***\n"
     "Some tests failed :( See the list of failed tests below and logs for details!\n" + _EXIT),
    # a QEMU system test driven by pexpect waiting for a login prompt (pexpect's "Timeout exceeded.")
    ("qemu-pexpect-prompt-timeout",
     "qemu-system-aarch64 -M virt -cpu cortex-a53 -nographic -kernel Image -append console=ttyAMA0\n"
     "[    2.104311] Run /sbin/init as init process\n"
     "pexpect.exceptions.TIMEOUT: Timeout exceeded.\n"
     "buffer (last 100 chars): '[    2.104311] Run /sbin/init as init process\\r\\n'\n"
     "FAILED tests/boot/test_boot.py::test_login_prompt - pexpect.exceptions.TIMEOUT: Timeout exceeded.\n"
     + _EXIT),
    # bitbake fetch2 "Unable to fetch URL from any source." with no word of why (a 404 or an outage)
    ("bitbake-any-source-bare",
     "WARNING: example-lib-1.4.2-r0 do_fetch: Failed to fetch URL https://downloads.example.org/example-lib-1.4.2.tar.gz, attempting MIRRORS if available\n"
     "ERROR: example-lib-1.4.2-r0 do_fetch: Fetcher failure for URL: 'https://downloads.example.org/example-lib-1.4.2.tar.gz'. Unable to fetch URL from any source.\n"
     "ERROR: Task (/work/layers/meta-example/recipes-core/example-lib/example-lib_1.4.2.bb:do_fetch) failed with exit code '1'\n"
     + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_firmware_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_probe_board_and_ambiguous_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "failed with exit code 4, output: failed with exit code ",
    "ERROR: No new tasks can be executed since the disk space monitor ",
    "Cannot establish a connection to the component registry. ",
    "Server returned HTTP code 503 while downloading ",
]
