"""Review 17c of the seventeenth round's kernel_os_ci and editor_extensions sections (and the older entries the editor
branch widened): adversarial logs, made up. LAVA's infrastructure error after the job's own kernel crashed in a form
other than a panic (arm64's oops, a kernel BUG, KFENCE) or lost its NFS root is no lab's failure, nor is a go test
quoting LAVA's result dict; a kernel crash report quoted in a commit message or provoked on purpose by lkdtm is not the
job's crash, and a machine check is the hardware's; a kselftest's "Bail out!" on its own loopback server (also nested
under run_kselftest.sh's "# " prefix) is the kernel's failure; the Marketplace's 500 is no sure outage (it has answered
500 to an oversized package); a Jest-indented "Invalid access token." is the app's line; ovsx's --skip-duplicate notice
refuses nothing; a plenary spec that could not load a plugin whose clone got a 502 is the clone's failure."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_LAVA = ("+ lavacli jobs submit --url https://lava.example.org/RPC2 job.yaml\n48213\n"
         "+ lavacli jobs logs --follow 48213\n"
         "2026-05-04T09:12:41 start: 2.4.3 bootloader-commands (timeout 00:05:00) [common]\n")
_LAVA_CLOSED = ("2026-05-04T09:19:40 Connection closed\n"
                "2026-05-04T09:19:40 ConnectionClosedError: connection closed\n"
                "2026-05-04T09:19:40 {'definition': 'lava', 'case': 'job', 'result': 'fail', 'error_msg': "
                "'Connection closed', 'error_type': 'Infrastructure'}\n")
_NVIM = ("+ nvim --headless -c \"PlenaryBustedDirectory tests/ {minimal_init = 'tests/init.lua'}\"\n"
         "Starting...Scheduling: tests/acme/parser_spec.lua\n\n========================================\n"
         "Testing: \t/home/ci/repo/tests/acme/parser_spec.lua\t\n")
_VSCE = "+ npx @vscode/vsce publish --pat ***\n INFO  Publishing 'acme.lint-helper v1.4.2'...\n"

REAL: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- lava-infrastructure-error
    # arm64's oops on the board, then the serial line closed: the kernel the job built died, not the lab (read
    # transient-leaning unknown before: the unless_log knew only x86's "BUG: kernel NULL pointer" form)
    ('lava-arm64-oops-then-connection-closed',
     _LAVA + "2026-05-04T09:19:10 [    2.871002] Unable to handle kernel NULL pointer dereference at virtual address "
     "0000000000000008\n2026-05-04T09:19:10 [    2.871140] Internal error: Oops: 0000000096000004 [#1] PREEMPT SMP\n"
     "2026-05-04T09:19:10 [    2.871402] pc : widget_probe+0x3c/0x1a0\n" + _LAVA_CLOSED + _GL),
    # a kernel BUG() in the job's kernel, then the connection dropped: the kernel's
    ('lava-kernel-bug-at-then-connection-closed',
     _LAVA + "2026-05-04T09:19:10 [    4.010101] kernel BUG at mm/slub.c:432!\n"
     "2026-05-04T09:19:10 [    4.010220] Internal error: Oops - BUG: 00000000f2000800 [#1] SMP\n" + _LAVA_CLOSED + _GL),
    # KFENCE's report names the access after the bug ("use-after-free read in"): the kernel's crash (read transient)
    ('lava-kfence-then-connection-closed',
     _LAVA + "2026-05-04T09:19:10 [    4.010101] BUG: KFENCE: use-after-free read in widget_poll+0x4c/0x90\n"
     + _LAVA_CLOSED + _GL),
    # x86's general protection fault in the guest before the dict: the kernel's (read unknown before)
    ('lava-gpf-then-connection-closed',
     _LAVA + "2026-05-04T09:19:10 [    1.201002] general protection fault, probably for non-canonical address "
     "0xdead000000000100: 0000 [#1] SMP NOPTI\n2026-05-04T09:19:10 [    1.201300] RIP: 0010:widget_release+0x21/0x90\n"
     + _LAVA_CLOSED + _GL),
    # a go test's t.Log quoting LAVA's result dict, and the test failed: the parser's bug (read transient)
    ('go-test-logs-lava-infra-dict',
     "+ go test ./...\n    parse_test.go:22: parsed {'definition': 'lava', 'case': 'job', 'result': 'fail', "
     "'error_type': 'Infrastructure'} as Job\n--- FAIL: TestParseErrorType (0.00s)\nFAIL\n"
     "FAIL\texample.com/lavastats\t0.02s\n" + _GHA),
    # ---------------------------------------------------------------- kernel-crash-report (guards)
    # a guest's KFENCE report then its panic: the kernel the job built
    ('qemu-guest-kfence-panic',
     "+ qemu-system-x86_64 -kernel arch/x86/boot/bzImage -nographic -append console=ttyS0\n"
     "[    5.000000] BUG: KFENCE: out-of-bounds read in widget_parse+0x55/0x90\n"
     "[    5.000100] Kernel panic - not syncing: KFENCE: panic_on_warn set ...\n" + _GHA),
    # checkpatch over a fix whose description quotes the splat fails on its own error: a patch check, real
    ('checkpatch-on-fix-quoting-oops',
     "+ ./scripts/checkpatch.pl --strict 0001-widget-fix.patch\n"
     "WARNING: Possible unwrapped commit description (prefer a maximum 75 chars per line)\n#12: \n"
     "BUG: kernel NULL pointer dereference, address: 0000000000000008\n"
     "ERROR: Missing Signed-off-by: line(s)\n\ntotal: 1 errors, 1 warnings, 40 lines checked\n" + _GHA),
    # ---------------------------------------------------------------- kernel-test-suite-failed
    # a net kselftest bailing out on a refused connection to the server it started on [::1], nested under
    # run_kselftest.sh ("# # Totals"): the kernel under test refused (read transient: the unless dropped the line)
    ('kselftest-nested-bail-refused-own-loopback',
     "+ make -C tools/testing/selftests TARGETS=net run_tests\nTAP version 13\n1..1\n# selftests: net: tcp_widget\n"
     "# TAP version 13\n# 1..4\n# Bail out! connect to [::1]:8000: Connection refused\n"
     "# # Totals: pass:2 fail:0 xfail:0 xpass:0 skip:0 error:0\nnot ok 1 selftests: net: tcp_widget # exit=1\n" + _GHA),
    # kselftest's own wait on its child ran out: the kernel under test hung it as often as not (read transient)
    ('kselftest-bail-timed-out-own-child',
     "+ ./tools/testing/selftests/widget/widget_wait\nTAP version 13\n1..4\nok 1 open\n"
     "Bail out! timed out waiting for child 4121 to exit\n"
     "# Totals: pass:1 fail:0 xfail:0 xpass:0 skip:0 error:0\n" + _GHA),
    # failed kselftests, then the results upload met a 503 in the next command: the failures decide
    ('kselftest-fail-then-artifact-503',
     "+ make -C tools/testing/selftests TARGETS=widget run_tests\nTAP version 13\n1..2\n"
     "# widget_test.c:41:open_close:Expected 0 (0) == ret (-22)\nnot ok 1 global.open_close\n"
     "# Totals: pass:1 fail:1 xfail:0 xpass:0 skip:0 error:0\n"
     "+ curl -fsS -T results.tar.gz https://artifacts.example.org/upload/4812\n"
     "curl: (22) The requested URL returned error: 503\n" + _GHA),
    # test_progs' failure, then the log copy met a 503: the failure decides
    ('test-progs-fail-then-gcs-503',
     "+ sudo ./test_progs -j\n#1       align:OK\n#44      widget_map:FAIL\n"
     "Summary: 540/3201 PASSED, 12 SKIPPED, 1 FAILED\n+ gsutil cp test_progs.log gs://ci-logs/4812/\n"
     "ServiceException: 503 We encountered an internal error. Please try again.\n" + _GHA),
    # ---------------------------------------------------------------- editor entries (guards)
    # ovsx's own refusal of the token, after its cross mark
    ('ovsx-invalid-token-cross-mark',
     "+ npx ovsx publish acme-lint-helper-1.4.2.vsix -p ***\n\u274c  Invalid access token.\n" + _GHA),
    # a release script's bare refusal at the line's start: still the token
    ('release-script-bare-invalid-token',
     "+ ./scripts/upload-release.sh\nInvalid access token.\n" + _GHA),
    # a plenary spec failed, then the coverage upload timed out in the next command: the spec decides
    ('plenary-failed-then-coverage-timeout',
     _NVIM + "Fail\t||\tparser keeps fold markers\t\n"
     "            ...repo/tests/acme/parser_spec.lua:31: Expected objects to be the same.\n\n"
     "Success: \t4\t\nFailed : \t1\t\nErrors : \t0\t\n========================================\n"
     "Tests Failed. Exit: 1\t\n+ bash <(curl -s https://codecov.example.io/bash)\n"
     "curl: (28) Failed to connect to codecov.example.io port 443 after 130001 ms: Connection timed out\n" + _GHA),
    # a passing spec's title names a 503 (a noise line) and another spec failed: the failure decides
    ('plenary-success-title-names-503-and-a-failure',
     _NVIM + "Success\t||\tretries when the server answers 503 Service Unavailable\t\n"
     "Fail\t||\tparser keeps fold markers\t\n"
     "            ...repo/tests/acme/parser_spec.lua:31: Expected objects to be the same.\n"
     "Success: \t1\t\nFailed : \t1\t\nErrors : \t0\t\nTests Failed. Exit: 1\t\n" + _GHA),
    # a spec that cannot load the plugin's own misspelt module, no clone failed: the code's
    ('plenary-own-module-missing',
     _NVIM + "Success: \t0\t\nFailed : \t0\t\nErrors : \t1\t\n========================================\n"
     "We had an unexpected error: \t...repo/tests/acme/parser_spec.lua:1: module 'acme.parsr' not found:\t\n"
     "\tno field package.preload['acme.parsr']\t\n" + _GHA),
    # package.el could not verify the archive's signature (an old keyring): the line after is no outage
    ('package-el-bad-signature-then-failed-archive',
     "+ emacs -Q --batch -l test/setup.el\nContacting host: elpa.example.org:443\n"
     "Failed to verify signature archive-contents.sig:\n"
     "No public key for 066DAFCB81E42C40 created at 2026-05-01T10:00:00+0000 using EDDSA\n"
     "Command output:\ngpg: Can't check signature: No public key\nFailed to download \u2018gnu\u2019 archive.\n" + _GHA),
    # web-ext lint's errors, then the AMO validation wait ran out: the lint errors decide
    ('web-ext-lint-errors-then-validation-timeout',
     "+ npx web-ext lint\nValidation Summary:\n\nerrors          2\nnotices         0\nwarnings        1\n"
     "+ npx web-ext sign --channel=listed\nWebExtError: Validation: timeout exceeded.\n" + _GHA),
]

TRANSIENT: list[tuple[str, str]] = [
    # LAVA's serial line closed on a kernel that booted: the lab
    ('lava-connection-closed-plain',
     _LAVA + "2026-05-04T09:14:40 [    0.000000] Linux version 6.10.0-rc3-00042-gabcdef0 (ci@builder)\n"
     + _LAVA_CLOSED + _GL),
    # lkdtm provoked the oops and the BUG on purpose and found them ("saw '...': ok"), then the results upload got
    # a 503: the upload (read unknown before: the provoked crash read as the job's)
    ('lkdtm-provoked-oops-then-upload-503',
     "+ make -C tools/testing/selftests TARGETS=lkdtm run_tests\nTAP version 13\n1..3\n"
     "# selftests: lkdtm: EXCEPTION.sh\n# [   41.100100] lkdtm: Performing direct entry EXCEPTION\n"
     "# [   41.100200] BUG: kernel NULL pointer dereference, address: 0000000000000000\n"
     "# [   41.100300] Oops: 0002 [#1] PREEMPT SMP NOPTI\n# EXCEPTION: saw 'call trace:': ok\n"
     "ok 1 selftests: lkdtm: EXCEPTION.sh\n# selftests: lkdtm: BUG.sh\n"
     "# [   42.200100] lkdtm: Performing direct entry BUG\n# [   42.200200] kernel BUG at drivers/misc/lkdtm/bugs.c:78!\n"
     "# BUG: saw 'kernel BUG at': ok\nok 2 selftests: lkdtm: BUG.sh\n"
     "+ curl -fsS -T results.tar.gz https://artifacts.example.org/upload/4812\n"
     "curl: (22) The requested URL returned error: 503\n" + _GHA),
    # `git log` prints a fix's description quoting syzbot's KASAN splat, then apt's mirror answers 503: the mirror
    # (read unknown before)
    ('commit-message-quotes-kasan-then-mirror-503',
     "+ git log -1 --format=%B\nwidget: fix use-after-free in widget_release()\n\nsyzbot reported:\n\n"
     "  BUG: KASAN: slab-use-after-free in widget_release+0x1c/0x90\n"
     "  Read of size 8 at addr ffff888012345678 by task syz-executor/4121\n\n"
     "Fixes: 1234567890ab (\"widget: add release hook\")\nSigned-off-by: A Developer <dev@example.org>\n"
     "+ sudo apt-get install -y libelf-dev\n"
     "E: Failed to fetch http://mirror.example.org/ubuntu/pool/main/e/elfutils/libelf-dev_0.190-1_amd64.deb  503  "
     "Service Unavailable [IP: 10.1.2.3 80]\n"
     "E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n" + _GHA),
    # a machine check panicked the board: its hardware, not the code (read unknown before)
    ('lava-board-machine-check-panic',
     _LAVA + "2026-05-04T09:31:10 [  812.100000] mce: [Hardware Error]: CPU 2: Machine Check Exception: 5 Bank 4: "
     "be00000000800400\n2026-05-04T09:31:10 [  812.101000] Kernel panic - not syncing: Fatal machine check\n"
     "2026-05-04T09:36:10 lava-test-shell timed out after 300 seconds\n" + _GL),
    # a passing Jest test's console.error of its app ("Invalid access token.", indented), then the deploy's 503:
    # the deploy (read unknown before)
    ('jest-console-invalid-token-then-deploy-503',
     "+ npx jest\n  console.error\n      Invalid access token.\n\n"
     "      at Object.<anonymous> (src/auth.test.ts:22:13)\n\nPASS src/auth.test.ts\n"
     "Tests:       48 passed, 48 total\n+ npx wrangler deploy\n"
     "\u2718 [ERROR] A request to the Cloudflare API (/accounts/abc/workers/scripts/app) failed.\n"
     "  Service Unavailable [code: 503]\n" + _GHA),
    # ovsx --skip-duplicate skipped the version Open VSX holds and went on; the Marketplace then answered 503
    # (read unknown before: the notice read as a refusal)
    ('ovsx-skip-duplicate-then-marketplace-503',
     "+ npx ovsx publish acme-lint-helper-1.4.2.vsix --skip-duplicate -p ***\n"
     "Extension acme.lint-helper 1.4.2 is already published. Skipping publish.\n"
     "+ npx @vscode/vsce publish --packagePath acme-lint-helper-1.4.2.vsix --pat ***\n"
     " INFO  Publishing 'acme.lint-helper v1.4.2'...\n ERROR  Failed request: (503)\n" + _GHA),
    # a release script's own skip notice for one extension, then the gallery's 502 for the next
    ('release-script-skip-notice-then-502',
     "+ ./scripts/publish-all.sh\nacme.lint-helper v1.4.2 already exists. Skipping publish.\n"
     "Publishing acme.theme-pack v0.9.0...\n ERROR  Failed request: (502)\n" + _GHA),
    # the minimal init's clone of a plugin got a 502, then plenary could not load it: the clone (read unknown)
    ('plenary-clone-502-then-module-missing',
     "+ nvim --headless -u tests/minimal_init.lua -c \"PlenaryBustedDirectory tests/\"\n"
     "Cloning into '/tmp/nvim/site/pack/deps/start/nvim-treesitter'...\n"
     "fatal: unable to access 'https://github.com/nvim-treesitter/nvim-treesitter/': The requested URL returned "
     "error: 502\nStarting...Scheduling: tests/acme/parser_spec.lua\n\n========================================\n"
     "Testing: \t/home/ci/repo/tests/acme/parser_spec.lua\t\nSuccess: \t0\t\nFailed : \t0\t\nErrors : \t1\t\n"
     "========================================\n"
     "We had an unexpected error: \t...repo/tests/acme/parser_spec.lua:1: module 'nvim-treesitter.configs' not "
     "found:\t\n\tno field package.preload['nvim-treesitter.configs']\t\n" + _GHA),
    # plenary's specs all passed (their titles are noise), then a clone met a 503: the clone
    ('plenary-all-pass-then-clone-503',
     _NVIM + "Success\t||\tparser handles empty buffer\t\nSuccess: \t1\t\nFailed : \t0\t\nErrors : \t0\t\n"
     "+ git clone https://git.example.org/acme/nvim-docs.git\n"
     "fatal: unable to access 'https://git.example.org/acme/nvim-docs.git/': The requested URL returned error: 503\n"
     + _GHA),
    # the gallery's 504 to vsce: the service
    ('vsce-gallery-504', _VSCE + " ERROR  Failed request: (504)\n" + _GHA),
    # a reset while vsce publishes (its INFO line names the extension): the network
    ('vsce-publish-econnreset', _VSCE + " ERROR  read ECONNRESET\n" + _GHA),
    # another tool's "Failed to download '...' archive" naming its 503 on the line: the server
    ('setup-tool-archive-503-same-line',
     "+ ./scripts/install-protoc.sh 25.1\n"
     "Error: Failed to download 'protoc-25.1-linux-x86_64.zip' archive: HTTP 503 Service Unavailable\n" + _GHA),
    # (xfail 17b) was LEFT: each KASAN report's next KTAP result is 'ok': KUnit expected it (an unexpected one fails the test); the clone timeout stands
    ('kunit-kasan-provoked-reports-then-clone-timeout',
     "+ ./tools/testing/kunit/kunit.py run --raw_output --kconfig_add CONFIG_KASAN=y kasan\n"
     "    BUG: KASAN: slab-out-of-bounds in kmalloc_oob_right+0x1a4/0x3c0\n    ok 1 kmalloc_oob_right\n"
     "    BUG: KASAN: slab-use-after-free in kmalloc_uaf+0x110/0x220\n    ok 2 kmalloc_uaf\nok 1 kasan\n"
     "+ git clone https://git.example.org/ci/report-tools.git\n"
     "fatal: unable to access 'https://git.example.org/ci/report-tools.git/': Failed to connect to git.example.org "
     "port 443 after 130012 ms: Connection timed out\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the job's kernel lost its NFS root (its NIC's PHY failed to probe) before LAVA's infrastructure error: the
    # kernel's driver as often as the lab's server (read transient at 0.9 before)
    ('lava-nfs-root-not-responding-then-infra',
     _LAVA + "2026-05-04T09:19:10 [    3.500000] macb 1e0c0000.ethernet eth0: failed to probe PHY: -19\n"
     "2026-05-04T09:19:12 [    5.100000] nfs: server 10.0.0.1 not responding, still trying\n"
     "2026-05-04T09:19:42 [   35.100000] nfs: server 10.0.0.1 not responding, still trying\n" + _LAVA_CLOSED + _GL),
    # the Marketplace's 500 for a 118 MB package: it has answered 500 to a package over its size limit on every
    # try (microsoft/vscode-vsce#171) (read transient at 0.9 before)
    ('vsce-500-oversized-vsix',
     "+ npx @vscode/vsce publish --pat ***\nExecuting prepublish script 'npm run vscode:prepublish'...\n"
     " DONE  Packaged: /home/ci/repo/acme-lint-helper-1.4.2.vsix (4112 files, 118.4 MB)\n"
     " INFO  Publishing 'acme.lint-helper v1.4.2'...\n ERROR  Failed request: (500)\n" + _GHA),
]

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # the runner host's own kernel oopsed in overlayfs under containerd-shim (dmesg after the killed build): the host,
    # not the change; no sure real
    ('host-kernel-oops-in-dmesg-after-killed-build',
     "+ docker build -t app .\n#12 [build 4/6] RUN npm ci\n"
     "#12 ERROR: process \"/bin/sh -c npm ci\" did not complete successfully: exit code: 137\n"
     "+ sudo dmesg | tail -n 6\n[88123.410011] BUG: unable to handle page fault for address: ffffa3c1bf4a0008\n"
     "[88123.410102] #PF: supervisor read access in kernel mode\n"
     "[88123.410200] CPU: 3 PID: 41877 Comm: containerd-shim Not tainted 5.15.0-1057-azure #65-Ubuntu\n"
     "[88123.410300] RIP: 0010:overlay_dentry_release+0x13/0x40 [overlay]\n" + _GHA),
]

# Left: none since xfail 17b (KASAN's KUnit suite's provoked reports, each followed by its test's "ok", now read as
# expected: KUnit fails a test on a KASAN report it did not expect), so the expected-failure list went.


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
