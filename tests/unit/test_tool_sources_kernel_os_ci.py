"""Seventeenth round, tool sources: operating-system and kernel testing in CI.

Covered: LAVA jobs as a CI step drives them through lavacli (the dispatcher's action timeouts raised as
InfrastructureError or JobError, its result dict and error help, downloads, the serial connection, static
devices; lavacli's own "Unable to call"/"Unable to connect" lines), QEMU and virtme-ng boots of a kernel the
job built (a missing kernel or image, /dev/kvm not accessible, the guest kernel's panics, oopses, KASAN,
UBSAN, warnings, hung tasks, soft lockups), a kernel's ``make`` (compiler errors under Kbuild, modpost,
BTF generation, a missing certificate, the compiler killed by the OOM killer), kselftest (runner.sh's TAP
lines, kselftest_harness.h, ``Bail out!``), KUnit's kunit.py, LTP (TFAIL, TBROK, TCONF, the library's
timeout and taint checks), xfstests and blktests, the BPF selftests' test_progs, and a syzkaller reproducer.
Zephyr's twister, QEMU under pexpect and Vagrant's libvirt are in test_tool_sources_embedded_firmware.py
and test_tool_sources_config_mgmt_vms.py; not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source (the comment above each case names the repository and file holding the
format string): Linaro/lava, lavacli's main module, linux-test-project/ltp, kdave/xfstests,
osandov/blktests, arighi/virtme-ng, google/syzkaller and torvalds/linux (tools/testing/selftests,
tools/testing/kunit, scripts/, kernel/, mm/). QEMU's messages (accel/kvm, hw/i386/x86.c, the block
layer) and the kernel's oops and panic headers are quoted from their well-known wording rather than from
source read in this round. Hosts, boards, modules and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the lab or the path to it failing (LAVA's InfrastructureError: a bootloader or fastboot step timing
    out on the board, a download that timed out or came up short, the serial connection closed, the
    board's USB device gone, the dispatcher's disk full; the LAVA server answering 502 or refusing
    connections to lavacli; a CI runner lost mid-run; the compiler OOM-killed) -> transient;
  * a persistent cause (LAVA's JobError: a wrong login, a checksum or kernel image type the job set;
    lavacli's Faults for credentials and an invalid definition; a kernel or image QEMU or vng cannot
    find; the guest kernel's panic, oops, KASAN, UBSAN or warning; a compile, modpost or BTF error;
    kselftest/KUnit/LTP/xfstests/blktests/test_progs failures; an LTP TCONF on the kernel's config) -> real;
  * wordings printed for both (LAVA's bootloader timeout right after the bootloader refused the job's
    image, a login timeout; kselftest's TIMEOUT and the harness's timeout; LTP's "Test killed!
    (timeout?)" and a TBROK from the environment; test_progs' watchdog; /dev/kvm not accessible; a hung
    task, soft lockup or RCU stall in a guest; xfstests not mounting its device; syzkaller's lost
    connection) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_CIRCLE = "\nExited with code exit status 1\n"

_LAVA = ("+ lavacli jobs submit --url https://lava.example.org/RPC2 job.yaml\n"
         "48213\n"
         "+ lavacli jobs logs --follow 48213\n"
         "2026-05-04T09:12:41 start: 2.4.3 bootloader-commands (timeout 00:05:00) [common]\n")
_LTP = ("+ ./runltp -f syscalls -s madvise\n"
        "tst_test.c:1690: TINFO: LTP version: 20250130\n"
        "tst_test.c:1574: TINFO: Overall timeout per run is 0h 00m 30s\n")
_KSFT = ("+ make -C tools/testing/selftests TARGETS=net run_tests\n"
         "TAP version 13\n"
         "1..12\n"
         "# selftests: net: reuseport_bpf\n"
         "ok 1 selftests: net: reuseport_bpf\n")
_XFS = ("+ ./check -g quick\n"
        "FSTYP         -- xfs (debug)\n"
        "PLATFORM      -- Linux/x86_64 ci-vm 6.9.0-rc3+ #1 SMP PREEMPT_DYNAMIC\n"
        "MKFS_OPTIONS  -- -f /dev/vdc\n"
        "MOUNT_OPTIONS -- /dev/vdc /mnt/scratch\n\n"
        "generic/001 4s ...  4s\n")
_KUNIT = ("+ ./tools/testing/kunit/kunit.py run --kunitconfig=fs/widget\n"
          "[09:12:41] Configuring KUnit Kernel ...\n"
          "[09:12:44] Building KUnit Kernel ...\n"
          "[09:14:02] Starting KUnit Kernel (1/1)...\n"
          "[09:14:02] ============================================================\n")
_PROGS = ("+ sudo ./test_progs -j\n"
          "#1       align:OK\n"
          "#2       arg_parsing:OK\n")
_QEMU = ("+ qemu-system-x86_64 -enable-kvm -m 2G -smp 2 -nographic -kernel arch/x86/boot/bzImage "
         "-append \"console=ttyS0 root=/dev/vda rw\" -drive file=rootfs.ext4,format=raw,if=virtio\n")

CASES = [
    # ================================================================== LAVA
    # Linaro/lava lava_common/timeout.py ("%s timed out after %d seconds") raised as the action's
    # timeout_exception, InfrastructureError for bootloader-commands (lava_dispatcher/actions/boot/__init__.py);
    # lava/dispatcher/lava-run logs error_help and the job's result dict: the board or its serial line
    ("lava-bootloader-commands-infrastructure-timeout", "transient",
     _LAVA +
     "2026-05-04T09:17:22 bootloader-commands timed out after 281 seconds\n"
     "2026-05-04T09:17:22 end: 2.4.3 bootloader-commands (duration 00:04:41) [common]\n"
     "2026-05-04T09:17:23 InfrastructureError: The Infrastructure is not working correctly. Please report this "
     "error to LAVA admins.\n"
     "2026-05-04T09:17:23 {'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_msg': "
     "'bootloader-commands timed out after 281 seconds', 'error_type': 'Infrastructure'}\n" + _GL),
    # lava_dispatcher/actions/deploy/download.py ("Unable to download '%s': %s" from a requests exception)
    ("lava-download-infrastructure-read-timeout", "transient",
     _LAVA +
     "2026-05-04T09:13:02 start: 1.1 download-retry (timeout 00:10:00) [common]\n"
     "2026-05-04T09:15:02 Unable to download 'https://files.example.org/builds/4812/Image': "
     "HTTPSConnectionPool(host='files.example.org', port=443): Read timed out. (read timeout=120)\n"
     "2026-05-04T09:15:03 InfrastructureError: The Infrastructure is not working correctly. Please report this "
     "error to LAVA admins.\n"
     "2026-05-04T09:15:03 {'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_type': 'Infrastructure'}\n"
     + _GL),
    # download.py: the size check after a download ("Download finished (%i bytes) but was not expected size
    # (%i bytes), check your networking.")
    ("lava-download-short-check-networking", "transient",
     _LAVA +
     "2026-05-04T09:13:09 Download finished (10485760 bytes) but was not expected size (31457280 bytes), check your "
     "networking.\n"
     "2026-05-04T09:13:09 InfrastructureError: The Infrastructure is not working correctly. Please report this "
     "error to LAVA admins.\n" + _GL),
    # lava_dispatcher/actions/test/interactive.py and monitor.py (ConnectionClosedError "Connection closed",
    # an InfrastructureError): the serial connection to the board dropped
    ("lava-connection-closed", "transient",
     _LAVA +
     "2026-05-04T09:21:40 start: 4.1 lava-test-monitor (timeout 00:10:00) [common]\n"
     "2026-05-04T09:22:10 Connection closed\n"
     "2026-05-04T09:22:10 ConnectionClosedError: connection closed\n"
     "2026-05-04T09:22:10 {'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_msg': 'Connection closed', "
     "'error_type': 'Infrastructure'}\n" + _GL),
    # download.py ("Unable to create %s: %s") with the dispatcher's disk full
    ("lava-dispatcher-disk-full", "transient",
     _LAVA +
     "2026-05-04T09:13:02 Unable to create /var/lib/lava/dispatcher/tmp/48213/download-retry-x1/rootfs.ext4: "
     "[Errno 28] No space left on device\n"
     "2026-05-04T09:13:02 InfrastructureError: The Infrastructure is not working correctly. Please report this "
     "error to LAVA admins.\n" + _GL),
    # lava_dispatcher/actions/boot/fastboot.py (timeout_exception = InfrastructureError for fastboot-boot-commands)
    ("lava-fastboot-commands-timeout-infrastructure", "transient",
     _LAVA +
     "2026-05-04T09:16:40 fastboot-boot-commands timed out after 120 seconds\n"
     "2026-05-04T09:16:40 {'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_msg': "
     "'fastboot-boot-commands timed out after 120 seconds', 'error_type': 'Infrastructure'}\n" + _GL),
    # lava_common/constants.py LOGIN_TIMED_OUT_MSG / LOGIN_INCORRECT_MSG raised as JobError by
    # actions/boot/__init__.py: the job's credentials
    ("lava-login-incorrect-joberror", "real",
     _LAVA +
     "2026-05-04T09:18:40 start: 2.4.4 auto-login-action (timeout 00:04:00) [common]\n"
     "2026-05-04T09:19:02 Login incorrect\n"
     "2026-05-04T09:19:02 JobError: Your job cannot terminate cleanly.\n"
     "2026-05-04T09:19:02 {'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_msg': 'Login incorrect', "
     "'error_type': 'Job'}\n" + _GL),
    # download.py ("%s for '%s' does not match." JobError): the job's pinned checksum
    ("lava-checksum-does-not-match", "real",
     _LAVA +
     "2026-05-04T09:13:40 sha256sum for 'https://files.example.org/builds/4812/rootfs.ext4.xz' does not match.\n"
     "2026-05-04T09:13:40 JobError: Your job cannot terminate cleanly.\n"
     "2026-05-04T09:13:40 {'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_type': 'Job'}\n" + _GL),
    # lava_dispatcher/actions/boot/__init__.py ("Kernel image type can't be determined", JobError)
    ("lava-kernel-image-type-joberror", "real",
     _LAVA +
     "2026-05-04T09:13:40 Kernel image type can't be determined\n"
     "2026-05-04T09:13:40 JobError: Your job cannot terminate cleanly.\n"
     "2026-05-04T09:13:40 {'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_msg': "
     "\"Kernel image type can't be determined\", 'error_type': 'Job'}\n" + _GL),
    # lava_dispatcher/shell.py ("%r failed with return code %d!" JobError) for a test shell command
    ("lava-test-command-failed-return-code", "real",
     _LAVA +
     "2026-05-04T09:25:40 + ./run-widget-tests.sh\n"
     "2026-05-04T09:25:41 widget_probe: FAIL (expected 3 devices, found 2)\n"
     "2026-05-04T09:25:41 \"'./run-widget-tests.sh' failed with return code 1!\"\n"
     "2026-05-04T09:25:41 JobError: Your job cannot terminate cleanly.\n" + _GL),

    # lavacli's main ("Unable to call '%s': %s" with an xmlrpc ProtocolError's errmsg; "Unable to connect to
    # '%s': %s"): the LAVA server behind its proxy restarting
    ("lavacli-submit-bad-gateway", "transient",
     "+ lavacli --uri https://ci-bot@lava.example.org/RPC2 jobs submit job.yaml\n"
     "Unable to call 'jobs.submit': Bad Gateway\n" + _GL),
    ("lavacli-logs-connection-refused", "transient",
     "+ lavacli --uri https://ci-bot@lava.example.org/RPC2 jobs logs --follow 48213\n"
     "Unable to connect to 'https://ci-bot@lava.example.org/RPC2': [Errno 111] Connection refused\n" + _GL),
    # the same with the server's xmlrpc Fault: refused credentials, a job definition the schema rejects
    ("lavacli-submit-fault-401", "real",
     "+ lavacli --uri https://ci-bot@lava.example.org/RPC2 jobs submit job.yaml\n"
     "Unable to call 'jobs.submit': <Fault 401: 'Authentication with user and token required for this API.'>\n"
     + _GL),
    ("lavacli-submit-fault-invalid-definition", "real",
     "+ lavacli --uri https://ci-bot@lava.example.org/RPC2 jobs submit job.yaml\n"
     "Unable to call 'jobs.submit': <Fault 400: \"Problem with submitted job data: required key not provided @ "
     "data['actions'][0]['deploy']['kernel']['url']\">\n" + _GL),
    # lava_dispatcher/utils/udev.py ("Unable to add all static devices: board_id '%s' was not found",
    # InfrastructureError): the board's USB link dropped off the worker
    ("lava-static-device-not-found", "transient",
     _LAVA +
     "2026-05-04T09:13:02 Unable to add all static devices: board_id '0a1b2c3d' was not found\n"
     "2026-05-04T09:13:02 InfrastructureError: The Infrastructure is not working correctly. Please report this "
     "error to LAVA admins.\n" + _GL),

    # ================================================================== QEMU and virtme-ng
    # qemu/qemu hw/i386/x86.c ("qemu: could not open kernel file '%s': %s"): the build did not produce it
    ("qemu-kernel-file-missing", "real",
     _QEMU + "qemu: could not open kernel file 'arch/x86/boot/bzImage': No such file or directory\n" + _GHA),
    # qemu block layer ("Could not open '%s': %s") for the job's own root image
    ("qemu-drive-could-not-open", "real",
     _QEMU + "qemu-system-x86_64: -drive file=rootfs.ext4,format=raw,if=virtio: Could not open 'rootfs.ext4': "
     "No such file or directory\n" + _GHA),
    # arighi/virtme-ng virtme/commands/run.py (arg_fail "kernel file %s does not exist, try --build to build the
    # kernel")
    ("vng-kernel-file-does-not-exist", "real",
     "+ vng --run . --exec 'uname -r'\n"
     "virtme-run: error: kernel file arch/x86/boot/bzImage does not exist, try --build to build the kernel\n"
     + _GHA2),
    # the guest kernel's init/do_mounts.c ("VFS: Unable to mount root fs on %s") and kernel/panic.c: the
    # kernel's config or command line
    ("guest-panic-unable-to-mount-root", "real",
     _QEMU +
     "[    1.204117] VFS: Cannot open root device \"vda\" or unknown-block(0,0): error -6\n"
     "[    1.204399] Please append a correct \"root=\" boot option; here are the available partitions:\n"
     "[    1.204902] Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)\n"
     "[    1.205310] ---[ end Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0) ]---\n"
     "qemu-system-x86_64: terminating on signal 15 from pid 2231 (timeout)\n" + _GHA),
    # kernel/exit.c / init: init exited ("Attempted to kill init! exitcode=0x%08x")
    ("guest-panic-attempted-to-kill-init", "real",
     "+ vng --run arch/x86/boot/bzImage --exec ./ci/guest-tests.sh\n"
     "[    2.512340] Run /init as init process\n"
     "[    2.801992] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100\n"
     "[    2.802315] CPU: 0 PID: 1 Comm: init Not tainted 6.9.0-rc3+ #1\n" + _GHA),
    # arch/x86/mm/fault.c ("BUG: kernel NULL pointer dereference, address: %px") and the oops header
    ("guest-oops-null-pointer", "real",
     "+ vng --run arch/x86/boot/bzImage --exec 'modprobe widget && ./ci/widget-smoke.sh'\n"
     "[   12.410992] BUG: kernel NULL pointer dereference, address: 0000000000000018\n"
     "[   12.411204] #PF: supervisor read access in kernel mode\n"
     "[   12.411515] Oops: 0000 [#1] PREEMPT SMP NOPTI\n"
     "[   12.412004] RIP: 0010:widget_probe+0x3c/0x1a0 [widget]\n"
     "[   12.413987] ---[ end trace 0000000000000000 ]---\n" + _GHA),
    # mm/kasan/report.c ("BUG: KASAN: %s in %pS")
    ("guest-kasan-slab-use-after-free", "real",
     "+ ./ci/run-in-vm.sh tools/testing/selftests/widget/widget_test\n"
     "[   31.000121] ==================================================================\n"
     "[   31.000514] BUG: KASAN: slab-use-after-free in widget_release+0x58/0x90\n"
     "[   31.000702] Read of size 8 at addr ffff888104c2b010 by task widget_test/412\n"
     "[   31.002881] ==================================================================\n" + _GHA),
    # lib/ubsan.c ("UBSAN: %s in %s:%d:%d")
    ("guest-ubsan-array-index", "real",
     "+ ./ci/run-in-vm.sh tools/testing/selftests/widget/widget_test\n"
     "[   18.220019] UBSAN: array-index-out-of-bounds in drivers/misc/widget/core.c:214:17\n"
     "[   18.220301] index 8 is out of range for type 'u32 [8]'\n" + _GHA),
    # kernel/panic.c (__warn: "WARNING: CPU: %d PID: %d at %pS") with panic_on_warn set by the job
    ("guest-warning-panic-on-warn", "real",
     "+ ./ci/run-in-vm.sh --append panic_on_warn=1\n"
     "[    9.881002] WARNING: CPU: 1 PID: 233 at drivers/misc/widget/core.c:310 widget_remove+0x91/0xb0\n"
     "[    9.883117] Kernel panic - not syncing: kernel: panic_on_warn set ...\n" + _GHA),

    # ================================================================== kernel build
    # scripts/Makefile.build (gcc's error, make's "Error 1" / top-level "Error 2")
    ("kbuild-compile-error-error-2", "real",
     "+ make -j4 O=build bzImage modules\n"
     "  CC [M]  drivers/misc/widget/core.o\n"
     "drivers/misc/widget/core.c:214:17: error: 'struct widget_dev' has no member named 'irq_count'\n"
     "make[5]: *** [scripts/Makefile.build:244: drivers/misc/widget/core.o] Error 1\n"
     "make[4]: *** [scripts/Makefile.build:485: drivers/misc/widget] Error 2\n"
     "make: *** [Makefile:240: __sub-make] Error 2\n" + _GHA2),
    # scripts/mod/modpost.c ("\"%s\" [%s.ko] undefined!")
    ("kbuild-modpost-undefined-symbol", "real",
     "+ make -j4 modules\n"
     "  MODPOST Module.symvers\n"
     "ERROR: modpost: \"widget_register\" [drivers/misc/widget/widget_spi.ko] undefined!\n"
     "make[2]: *** [scripts/Makefile.modpost:145: Module.symvers] Error 1\n"
     "make: *** [Makefile:240: __sub-make] Error 2\n" + _GHA2),
    # scripts/link-vmlinux.sh ("Failed to generate BTF for vmlinux" / "Try to disable CONFIG_DEBUG_INFO_BTF")
    ("kbuild-btf-generation-failed", "real",
     "+ make -j4 bzImage\n"
     "  BTF     .btf.vmlinux.bin.o\n"
     "BTF: .tmp_vmlinux.btf: pahole (pahole) is not available\n"
     "Failed to generate BTF for vmlinux\n"
     "Try to disable CONFIG_DEBUG_INFO_BTF\n"
     "make[2]: *** [scripts/Makefile.vmlinux:34: vmlinux] Error 1\n" + _GHA2),
    # a kernel build's compiler killed by the runner's OOM killer (gcc's driver "Killed signal terminated
    # program cc1"): the runner's memory at -j of the job, a rerun on a fresh runner usually passes
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("kbuild-cc1-killed", "unknown",
     "+ make -j16 bzImage\n"
     "  CC      drivers/gpu/drm/widget/widget_kms.o\n"
     "gcc: fatal error: Killed signal terminated program cc1\n"
     "compilation terminated.\n"
     "make[5]: *** [scripts/Makefile.build:244: drivers/gpu/drm/widget/widget_kms.o] Error 1\n"
     "make: *** [Makefile:240: __sub-make] Error 2\n" + _GHA2),
    # GNU make's "No rule to make target '%s', needed by '%s'.  Stop." under the kernel's certs/Makefile: a
    # certificate the job's .config names and the tree lacks
    ("kbuild-no-rule-certs", "real",
     "+ make -j4 bindeb-pkg\n"
     "make[3]: *** No rule to make target 'debian/canonical-certs.pem', needed by 'certs/x509_certificate_list'.  "
     "Stop.\n"
     "make[2]: *** [scripts/Makefile.build:485: certs] Error 2\n" + _GHA2),

    # ================================================================== kselftest
    # torvalds/linux tools/testing/selftests/kselftest/runner.sh ("not ok %d %s # exit=%d"); the test's own
    # output above it
    ("kselftest-exit-1", "real",
     _KSFT +
     "# selftests: net: so_widget\n"
     "# so_widget.c:88: expected 4, got 3\n"
     "not ok 2 selftests: net: so_widget # exit=1\n"
     "make: *** [Makefile:151: run_tests] Error 1\n" + _GHA2),
    # tools/testing/selftests/kselftest_harness.h ("# %s: Test terminated by assertion", "FAIL  %s",
    # "# FAILED: %d / %d tests passed.") and kselftest.h's totals
    ("kselftest-harness-assertion", "real",
     "+ ./tools/testing/selftests/widget/widget_test\n"
     "TAP version 13\n"
     "1..3\n"
     "#  RUN           global.open_close ...\n"
     "# widget_test.c:41:open_close:Expected 0 (0) == ret (-22)\n"
     "# open_close: Test terminated by assertion\n"
     "#          FAIL  global.open_close\n"
     "not ok 1 global.open_close\n"
     "# FAILED: 2 / 3 tests passed.\n"
     "# Totals: pass:2 fail:1 xfail:0 xpass:0 skip:0 error:0\n" + _GHA),
    # kselftest.h (ksft_exit_fail_msg: "Bail out! %s")
    ("kselftest-bail-out", "real",
     "+ ./tools/testing/selftests/widget/widget_ioctl\n"
     "TAP version 13\n"
     "1..6\n"
     "Bail out! WIDGET_IOC_RESET returned -25 instead of 0\n"
     "# Totals: pass:0 fail:0 xfail:0 xpass:0 skip:0 error:0\n" + _GHA),
    # kselftest runner.sh with the CI runner shut down while a test ran: the host, shown in the log
    ("kselftest-runner-lost-mid-run", "transient",
     _KSFT +
     "# selftests: net: tcp_widget.sh\n"
     "# TEST: widget over veth                                        [ OK ]\n"
     "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, "
     "or a manually started runner is canceled.\n"
     "##[error]The operation was canceled.\n"),

    # ================================================================== KUnit
    # torvalds/linux tools/testing/kunit/kunit_parser.py ("[FAILED] %s", "# %s: EXPECTATION FAILED at %s",
    # "Testing complete. Ran %d tests: ...")
    ("kunit-expectation-failed", "real",
     _KUNIT +
     "[09:14:05] =================== widget (3 subtests) ====================\n"
     "[09:14:05] [PASSED] widget_alloc_test\n"
     "[09:14:05]     # widget_resize_test: EXPECTATION FAILED at fs/widget/widget_test.c:58\n"
     "[09:14:05]     Expected new_size == 4096, but\n"
     "[09:14:05]         new_size == 2048 (0x800)\n"
     "[09:14:05] [FAILED] widget_resize_test\n"
     "[09:14:05] ===================== [FAILED] widget ======================\n"
     "[09:14:05] Testing complete. Ran 3 tests: passed: 2, failed: 1\n" + _GHA),
    # kunit_parser.py ("Could not find any KTAP output. Did any KUnit tests run?"): the kernel never ran them
    # (a config that does not select the suite, a kernel that did not boot)
    ("kunit-no-ktap-output", "real",
     _KUNIT +
     "[09:14:07] [ERROR] Test: <missing>: Could not find any KTAP output. Did any KUnit tests run?\n"
     "[09:14:07] ============================================================\n"
     "[09:14:07] Testing complete. Ran 0 tests: errors: 1\n" + _GHA),
    # kunit.py ("The kernel seems to have crashed; you can decode the stack traces with:")
    ("kunit-kernel-crashed", "real",
     _KUNIT +
     "[09:14:06] [CRASHED] widget_resize_test\n"
     "[09:14:06] Testing complete. Ran 3 tests: passed: 1, crashed: 1, errors: 1\n"
     "The kernel seems to have crashed; you can decode the stack traces with:\n"
     "$ scripts/decode_stacktrace.sh .kunit/vmlinux .kunit < .kunit/test.log | tee .kunit/decoded.log | "
     "./tools/testing/kunit/kunit.py parse\n" + _GHA),
    # kunit_kernel.py ("Provided Kconfig is not contained in validated .config. Following fields found in
    # kunitconfig, but not in .config: %s")
    ("kunit-kconfig-not-contained", "real",
     "+ ./tools/testing/kunit/kunit.py run --kunitconfig=fs/widget\n"
     "[09:12:41] Configuring KUnit Kernel ...\n"
     "ERROR:root:Not all Kconfig options selected in kunitconfig were in the generated .config.\n"
     "This is probably due to unsatisfied dependencies.\n"
     "Missing: CONFIG_WIDGET_KUNIT_TEST=y\n" + _GHA),

    # ================================================================== LTP
    # linux-test-project/ltp lib/tst_res.c ("%s:%d: TFAIL: ...") and tst_test.c's summary
    ("ltp-tfail", "real",
     _LTP +
     "madvise11.c:302: TFAIL: madvise(MADV_WIDGET) expected EINVAL: SUCCESS (0)\n"
     "\nSummary:\n"
     "passed   4\n"
     "failed   1\n"
     "broken   0\n"
     "skipped  0\n"
     "warnings 0\n" + _GHA),
    # lib/tst_test.c ("Kernel is now tainted", TFAIL)
    ("ltp-kernel-now-tainted", "real",
     _LTP +
     "madvise11.c:210: TPASS: madvise(MADV_WIDGET) succeeded\n"
     "tst_test.c:1702: TFAIL: Kernel is now tainted\n" + _GHA),
    # lib/tst_test.c alarm_handler ("Cannot kill test processes!", "Congratulation, likely test hit a kernel bug.")
    ("ltp-cannot-kill-kernel-bug", "real",
     _LTP +
     "Test timeouted, sending SIGKILL!\n"
     "Test timeouted, sending SIGKILL!\n"
     "Cannot kill test processes!\n"
     "Congratulation, likely test hit a kernel bug.\n"
     "Exiting uncleanly...\n" + _GHA),
    # lib/tst_kconfig.c / tst_test.c ("Aborting due to unsuitable kernel config, see above!", TCONF) under a
    # runner that counts TCONF as a failure: the kernel the job built
    ("ltp-tconf-unsuitable-kernel-config", "real",
     _LTP +
     "tst_kconfig.c:88: TINFO: Parsing kernel config '/proc/config.gz'\n"
     "tst_kconfig.c:542: TINFO: Constraint 'CONFIG_WIDGET_MM' not satisfied!\n"
     "tst_test.c:1459: TCONF: Aborting due to unsuitable kernel config, see above!\n"
     "##[error]Process completed with exit code 32.\n"),

    # ================================================================== xfstests / blktests
    # kdave/xfstests check ("- output mismatch (see %s.out.bad)", "Failures: %s", "Failed %d of %d tests")
    ("xfstests-output-mismatch", "real",
     _XFS +
     "generic/013 - output mismatch (see /var/lib/xfstests/results//generic/013.out.bad)\n"
     "    --- tests/generic/013.out\n"
     "    +++ /var/lib/xfstests/results//generic/013.out.bad\n"
     "    @@ -1,2 +1,3 @@\n"
     "     QA output created by 013\n"
     "    +fsstress: widget_ioctl failed: Invalid argument\n"
     "Ran: generic/001 generic/013\n"
     "Failures: generic/013\n"
     "Failed 1 of 2 tests\n" + _GHA),
    # common/rc ("_check_dmesg: something found in dmesg (see %s.dmesg)")
    ("xfstests-check-dmesg", "real",
     _XFS +
     "generic/475       _check_dmesg: something found in dmesg (see /var/lib/xfstests/results//generic/475.dmesg)\n"
     "Ran: generic/001 generic/475\n"
     "Failures: generic/475\n"
     "Failed 1 of 2 tests\n" + _GHA),
    # common/rc ("_check_generic_filesystem: filesystem on %s is inconsistent (see %s)")
    ("xfstests-fs-inconsistent", "real",
     _XFS +
     "generic/083       _check_xfs_filesystem: filesystem on /dev/vdc is inconsistent (r) (see "
     "/var/lib/xfstests/results//generic/083.full for details)\n"
     "Ran: generic/001 generic/083\n"
     "Failures: generic/083\n"
     "Failed 1 of 2 tests\n" + _GHA),
    # osandov/blktests check (_output_status "[failed]", "    something found in dmesg:")
    ("blktests-failed-dmesg", "real",
     "+ ./check nvme\n"
     "nvme/002 (create many subsystems and test discovery)          [passed]\n"
     "nvme/012 (run mkfs and data verification fio job on NVMeOF)   [failed]\n"
     "    runtime  41.2s  ...  44.0s\n"
     "    something found in dmesg:\n"
     "    [  215.101003] BUG: KASAN: slab-out-of-bounds in nvmet_widget_exec+0x1a2/0x2f0 [nvmet]\n" + _GHA),

    # ================================================================== BPF selftests
    # torvalds/linux tools/testing/selftests/bpf/test_progs.c (print_subtest_name "#%d/%d %s/%s:FAIL",
    # "Summary: %d/%d PASSED, %d SKIPPED, %d FAILED") and test_progs.h ASSERT_* ("%s:FAIL:%s ...")
    ("test-progs-assert-fail", "real",
     _PROGS +
     "test_widget_map:PASS:skel_open_and_load 0 nsec\n"
     "test_widget_map:FAIL:lookup_elem unexpected lookup_elem: actual 7 != expected 8\n"
     "#231/2   widget_map/lookup:FAIL\n"
     "#231     widget_map:FAIL\n"
     "Summary: 402/3190 PASSED, 41 SKIPPED, 1 FAILED\n" + _GHA),
    # libbpf's verifier rejection relayed by test_progs ("libbpf: prog '%s': BPF program load failed: %s")
    ("test-progs-verifier-rejects", "real",
     _PROGS +
     "libbpf: prog 'widget_tc': BPF program load failed: Permission denied\n"
     "libbpf: prog 'widget_tc': -- BEGIN PROG LOAD LOG --\n"
     "R1 invalid mem access 'scalar'\n"
     "-- END PROG LOAD LOG --\n"
     "test_widget_tc:FAIL:skel_open_and_load unexpected error: -13 (errno 13)\n"
     "#232     widget_tc:FAIL\n"
     "Summary: 403/3190 PASSED, 41 SKIPPED, 1 FAILED\n" + _GHA),

    # ================================================================== syzkaller reproducer
    # google/syzkaller: a reproducer run in the job's VM reporting the kernel's own crash title
    ("syz-repro-general-protection-fault", "real",
     "+ ./syz-execprog -executor=./syz-executor -repeat=0 -procs=4 repro.syz\n"
     "2026/05/04 09:14:02 parsed 1 programs\n"
     "[   88.120331] Oops: general protection fault, probably for non-canonical address 0xdffffc0000000003: 0000 "
     "[#1] PREEMPT SMP KASAN NOPTI\n"
     "[   88.120990] RIP: 0010:widget_sock_sendmsg+0x211/0x4a0\n" + _GHA),

    # ================================================================== the host shown beside a kernel test
    # kselftest runner.sh's TIMEOUT with the CI runner shut down under it: the log shows the host
    ("kselftest-timeout-then-runner-lost", "transient",
     _KSFT +
     "# selftests: net: fcnal-widget.sh\n"
     "#\n"
     "not ok 2 selftests: net: fcnal-widget.sh # TIMEOUT 1500 seconds\n"
     "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, "
     "or a manually started runner is canceled.\n"
     "##[error]The operation was canceled.\n"),
    # kselftest.h's totals with no failure, then the results upload answered 503: the upload, not the tests
    ("kselftest-passed-then-upload-503", "transient",
     _KSFT +
     "ok 2 selftests: net: so_widget\n"
     "# Totals: pass:12 fail:0 xfail:0 xpass:0 skip:0 error:0\n"
     "+ curl -sf -X POST --data-binary @results.json https://results.example.org/api/v1/runs\n"
     "curl: (22) The requested URL returned error: 503\n" + _GHA),
    # xfstests' "Passed all %d tests", then the kernel tree's mirror refused the next clone with a 502
    ("xfstests-passed-then-clone-502", "transient",
     _XFS +
     "generic/002 1s ...  1s\n"
     "Ran: generic/001 generic/002\n"
     "Passed all 2 tests\n"
     "+ git clone --depth 1 https://git.example.org/pub/scm/fs/widget-progs.git\n"
     "Cloning into 'widget-progs'...\n"
     "fatal: unable to access 'https://git.example.org/pub/scm/fs/widget-progs.git/': The requested URL returned "
     "error: 502\n" + _GHA),
    # clang's driver killed by the OOM killer while building the kernel ("unable to execute command: Killed")
    # (review 20e) was transient: the same kill of a build step in Clang's words as the twentieth round's build_step_own_oom
    # forms, read alike (neither surely transient nor surely real; test_rules20_leftovers.py, test_review20_e.py)
    ("kbuild-clang-killed", "unknown",
     "+ make LLVM=1 -j16 vmlinux\n"
     "  CC      fs/widget/inode.o\n"
     "clang: error: unable to execute command: Killed\n"
     "clang: error: clang frontend command failed due to signal (use -v to see invocation)\n"
     "make[4]: *** [scripts/Makefile.build:244: fs/widget/inode.o] Error 1\n" + _GHA2),
    # virtme-ng fetching a mainline kernel (virtme_ng/mainline.py through requests) with the host timing out
    ("vng-mainline-download-timeout", "transient",
     "+ vng -r v6.9 --exec 'uname -r'\n"
     "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='kernel.example.org', port=443): Max retries "
     "exceeded with url: /mainline/v6.9/amd64/ (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection "
     "object at 0x7f2a1c>, 'Connection to kernel.example.org timed out. (connect timeout=30)'))\n" + _GHA),

    # the linker writing vmlinux on a full runner disk ("final link failed: No space left on device")
    ("kbuild-link-disk-full", "transient",
     "+ make -j8 vmlinux\n"
     "  LD      vmlinux.o\n"
     "ld: final link failed: No space left on device\n"
     "make[2]: *** [scripts/Makefile.vmlinux_o:62: vmlinux.o] Error 1\n"
     "make: *** [Makefile:240: __sub-make] Error 2\n" + _GHA2),
    # git's fetch of a kernel tree cut mid-stream (HTTP/2 stream reset, "unexpected disconnect while reading
    # sideband packet")
    ("kernel-tree-fetch-cut", "transient",
     "+ git fetch --depth 200 origin widget-next\n"
     "error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)\n"
     "error: 6128 bytes of body are still expected\n"
     "fetch-pack: unexpected disconnect while reading sideband packet\n"
     "fatal: early EOF\n" + _GHA),
    # lava_dispatcher/actions/deploy/download.py ("Unable to download '%s'" as InfrastructureError for a non-200
    # answer: the file was there when the job was validated)
    ("lava-download-non-200-infrastructure", "transient",
     _LAVA +
     "2026-05-04T09:13:02 Unable to download 'https://files.example.org/builds/4812/modules.tar.xz'\n"
     "2026-05-04T09:13:02 InfrastructureError: The Infrastructure is not working correctly. Please report this "
     "error to LAVA admins.\n" + _GL),
    # lavacli's "Unable to call '%s': %s" with the xmlrpc ProtocolError's "Service Unavailable"
    ("lavacli-logs-service-unavailable", "transient",
     "+ lavacli --uri https://ci-bot@lava.example.org/RPC2 jobs wait 48213\n"
     "Unable to call 'jobs.wait': Service Unavailable\n" + _GL),
    # ================================================================== near-misses
    # LAVA's ConnectionClosedError after the job's own kernel panicked on the board: the kernel, not the lab
    ("lava-connection-closed-after-kernel-panic", "real",
     _LAVA +
     "2026-05-04T09:19:12 [    3.120021] Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b\n"
     "2026-05-04T09:19:44 Connection closed\n"
     "2026-05-04T09:19:44 ConnectionClosedError: connection closed\n"
     "2026-05-04T09:19:44 {'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_msg': 'Connection closed', "
     "'error_type': 'Infrastructure'}\n" + _GL),
    # a unit test of a LAVA results parser that fails on its assertion about an infrastructure error
    ("test-about-lava-infrastructure-error", "real",
     "+ python -m pytest tests/\n"
     "tests/test_lava_results.py::test_infra_error_is_retried FAILED\n"
     "E       AssertionError: assert {'error_type': 'Infrastructure', 'retry': False} == {'error_type': "
     "'Infrastructure', 'retry': True}\n"
     "FAILED tests/test_lava_results.py::test_infra_error_is_retried - AssertionError: assert {'error_type': "
     "'Infrastructure', 'retry': False} == {'error_type': 'Infrastructure', 'retry': True}\n"
     "========================= 1 failed, 41 passed in 2.31s =========================\n" + _GHA),
    # a TAP producer's "Bail out!" for a refused connection (a node-tap suite whose database was not up yet):
    # not the kernel suites' failure entry; a refused connection while a service starts
    ("tap-bail-out-connection-refused", "transient",
     "+ npx tap test/*.js\n"
     "TAP version 14\n"
     "Bail out! connect ECONNREFUSED 10.0.4.7:5432\n" + _GHA),
    # an application's log about a kernel panic it parses (a crash-report service's own test fixture), with a
    # failing assertion on the parsed title
    ("crash-parser-test-mentions-kasan", "real",
     "+ go test ./internal/report/...\n"
     "--- FAIL: TestTitleOfKASANReport (0.00s)\n"
     "    report_test.go:41: title = \"KASAN: use-after-free Read in widget_release\", want \"KASAN: "
     "slab-use-after-free Read in widget_release\"\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/crashtriage/internal/report\t0.014s\n" + _GHA),
]

NOT_SURELY_TRANSIENT = [
    # LAVA's bootloader-commands timeout (InfrastructureError) with the bootloader's refusal of the
    # job's own image just above it ("zimage: Bad magic!"): the image the change built
    ("lava-bootloader-timeout-after-bad-magic",
     _LAVA +
     "2026-05-04T09:13:40 bootz 0x82000000 - 0x88000000\n"
     "2026-05-04T09:13:40 zimage: Bad magic!\n"
     "2026-05-04T09:18:21 bootloader-commands timed out after 281 seconds\n"
     "2026-05-04T09:18:22 {'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_msg': "
     "'bootloader-commands timed out after 281 seconds', 'error_type': 'Infrastructure'}\n" + _GL),
    # lava_common/exceptions.py LAVATimeoutError ("test shell has timed out") and the auto-login timeout
    # (JobError "Login timed out"): a guest that never reached its prompt, a hang or a slow board
    ("lava-auto-login-timed-out",
     _LAVA +
     "2026-05-04T09:18:40 start: 2.4.4 auto-login-action (timeout 00:04:00) [common]\n"
     "2026-05-04T09:22:40 auto-login-action timed out after 240 seconds\n"
     "2026-05-04T09:22:40 JobError: Your job cannot terminate cleanly.\n"
     "2026-05-04T09:22:40 {'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_msg': "
     "'auto-login-action timed out after 240 seconds', 'error_type': 'Job'}\n" + _GL),
    # kselftest runner.sh ("not ok %d %s # TIMEOUT %d seconds"): the test hung or the VM was slow
    ("kselftest-timeout",
     _KSFT +
     "# selftests: net: fcnal-widget.sh\n"
     "#\n"
     "not ok 2 selftests: net: fcnal-widget.sh # TIMEOUT 1500 seconds\n"
     "make: *** [Makefile:151: run_tests] Error 1\n" + _GHA2),
    # kselftest_harness.h ("# %s: Test terminated by timeout")
    ("kselftest-harness-timeout",
     "+ ./tools/testing/selftests/widget/widget_test\n"
     "#  RUN           global.poll_wait ...\n"
     "# poll_wait: Test terminated by timeout\n"
     "#          FAIL  global.poll_wait\n"
     "not ok 2 global.poll_wait\n"
     "# FAILED: 2 / 3 tests passed.\n" + _GHA),
    # ltp lib/tst_test.c ("Test timeouted, sending SIGKILL!", "TBROK: Test killed! (timeout?)")
    ("ltp-test-killed-timeout",
     _LTP +
     "Test timeouted, sending SIGKILL!\n"
     "tst_test.c:1622: TINFO: Killed the leftover descendant processes\n"
     "tst_test.c:1628: TINFO: If you are running on slow machine, try exporting LTP_TIMEOUT_MUL > 1\n"
     "tst_test.c:1630: TBROK: Test killed! (timeout?)\n" + _GHA),
    # ltp TBROK from a SAFE_* macro: the environment or the test's own setup
    ("ltp-tbrok-safe-mmap-enomem",
     _LTP +
     "madvise11.c:145: TBROK: mmap((nil),1073741824,PROT_READ|PROT_WRITE,34,-1,0) failed: ENOMEM (12)\n"
     "\nSummary:\n"
     "passed   0\n"
     "failed   0\n"
     "broken   1\n" + _GHA),
    # test_progs.c watchdog ("WATCHDOG: test case %s executes for %d seconds, terminating with SIGSEGV")
    ("test-progs-watchdog-kill",
     _PROGS +
     "WATCHDOG: test case widget_ringbuf executes for 10 seconds...\n"
     "WATCHDOG: test case widget_ringbuf executes for 120 seconds, terminating with SIGSEGV\n"
     "Caught signal #11!\n" + _GHA),
    # QEMU accel/kvm ("Could not access KVM kernel module: %m", "failed to initialize kvm: %s"): /dev/kvm absent
    # or not accessible; a runner type that never has it and one that lost it read the same
    ("qemu-kvm-permission-denied",
     _QEMU +
     "Could not access KVM kernel module: Permission denied\n"
     "qemu-system-x86_64: failed to initialize kvm: Permission denied\n" + _GHA),
    # kernel/hung_task.c ("INFO: task %s:%d blocked for more than %ld seconds.") in a TCG guest
    ("guest-hung-task",
     "+ vng --run arch/x86/boot/bzImage --exec ./ci/guest-tests.sh\n"
     "[  245.120003] INFO: task kworker/u4:2:45 blocked for more than 122 seconds.\n"
     "[  245.120411]       Not tainted 6.9.0-rc3+ #1\n"
     "[  245.120690] \"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.\n"
     "##[error]The action has timed out.\n"),
    # kernel/watchdog.c ("BUG: soft lockup - CPU#%d stuck for %us! [%s:%d]") and RCU's stall report
    ("guest-soft-lockup-rcu-stall",
     "+ ./ci/run-in-vm.sh tools/testing/selftests/widget/widget_stress\n"
     "[  301.000112] watchdog: BUG: soft lockup - CPU#1 stuck for 26s! [widget_stress:412]\n"
     "[  301.880021] rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:\n" + _GHA),
    # xfstests common/rc ("common/rc: could not mount %s on %s")
    ("xfstests-could-not-mount",
     "+ ./check -g quick\n"
     "common/rc: could not mount /dev/vdb on /mnt/test\n" + _GHA),
    # QEMU's slirp host forwarding ("Could not set up host forwarding rule '%s'"): a port another job on the host
    # holds, or the job's own second VM on the same port
    ("qemu-hostfwd-rule",
     "+ qemu-system-x86_64 -m 2G -nographic -kernel bzImage -nic user,hostfwd=tcp::10022-:22\n"
     "qemu-system-x86_64: -nic user,hostfwd=tcp::10022-:22: Could not set up host forwarding rule "
     "'tcp::10022-:22'\n" + _GHA),
    # QEMU's guest RAM allocation ("cannot set up guest memory '%s': %s"): a -m the runner never had, or a host
    # short of memory at that moment
    ("qemu-guest-memory",
     "+ qemu-system-x86_64 -enable-kvm -m 16G -nographic -kernel bzImage\n"
     "qemu-system-x86_64: cannot set up guest memory 'pc.ram': Cannot allocate memory\n" + _GHA),
    # syzkaller vm/vm.go (lostConnectionCrash "lost connection to test machine")
    ("syz-lost-connection",
     "+ ./syz-execprog -executor=./syz-executor -repeat=0 -procs=4 repro.syz\n"
     "2026/05/04 09:14:02 parsed 1 programs\n"
     "lost connection to test machine\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_kernel_os_ci_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_kernel_os_ci_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "{'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_msg': '",
    "Unable to add all static devices: board_id '",
    "BUG: KASAN: ",
    "UBSAN: array-index-out-of-bounds in ",
    "kernel BUG at ",
    "INFO: task ",
    "Testing complete. Ran 3 tests: ",
    "# Totals: pass:1 fail:1 ",
    "Bail out! ",
    "not ok 2 selftests: net: ",
    "WATCHDOG: test case ",
    "cannot set up guest memory '",
    "nvme/012 ",
]
