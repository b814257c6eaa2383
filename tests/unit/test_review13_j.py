"""Review 13j of the thirteenth round's display_data and embedded_firmware sections (virtual-display-not-up,
warehouse-rate-limited-or-serialised, test-host-download-timed-out, bitbake-disk-monitor-stop,
bitbake-worker-killed and their exceptions in network-unreachable, test-timeout, timing-sensitive-test
and transient-wording): adversarial logs (made up) where the entries' words sit beside a deterministic
failure or in text that is not the tool's message, and guards where they are the trouble the job met."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # a job that names :99 but never starts Xvfb (no X server in the log): nothing ever listens there, every run
    ('vd-display-named-no-server-started',
     'Run export DISPLAY=:99\n$ python -m pytest tests/gui\nGdk-WARNING: cannot open display: :99\nERROR: InvocationError for command /usr/bin/python -m pytest tests/gui (exited with code 1)\n##[error]Process completed with exit code 1.\n'),
    # pyglet's display :99 in a job that starts no X server: the setup, not a network
    ('nu-pyglet-display-named-no-server',
     '$ export DISPLAY=:99\n$ pytest tests/render\nE   pyglet.canvas.xlib.NoSuchDisplayException: Cannot connect to ":99"\nFAILED tests/render/test_window.py::test_draw - pyglet.canvas.xlib.NoSuchDisplayException: Cannot connect to ":99"\n1 failed in 0.4s\n##[error]Process completed with exit code 1.\n'),
    # a Go test printing the display message it got: the test's values, not the job's display
    ('vd-test-expected-output',
     '--- FAIL: TestDisplayError (0.00s)\n    display_test.go:22: got "cannot open display: :0"\n        cannot open display: :99\nFAIL\nFAIL\texample.com/x11\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # Xvfb was slow at first, but QtTest then ran and failed its own comparison
    ('vd-xvfb-started-then-qt-test-fail',
     '$ Xvfb :99 -screen 0 1024x768x24 &\n$ export DISPLAY=:99\n(test_ui:55): Gtk-WARNING **: cannot open display: :99\n$ sleep 3 && ctest --output-on-failure\n2/5 Test #2: ui_layout ........................***Failed    0.41 sec\nFAIL!  : LayoutTest::margins() Compared values are not the same\n   Actual   (w.margin()): 4\n   Expected (8)         : 8\n80% tests passed, 1 tests failed out of 5\n##[error]Process completed with exit code 8.\n'),
    # guard: a display warning, then a C compile error decides
    ('vd-then-compile-error',
     "$ Xvfb :99 &\nxdotool: Can't open display: :99\nsrc/main.c:12:5: error: implicit declaration of function 'foo' [-Werror=implicit-function-declaration]\nmake: *** [Makefile:20: main.o] Error 1\n##[error]Process completed with exit code 2.\n"),
    # an application's own rate limiter raising in a pytest failure, not BigQuery's wording
    ('wh-app-limiter-message',
     "tests/test_limiter.py::test_denies_burst FAILED\n    def test_denies_burst():\n>       assert limiter.allow('u1')\nE       RuntimeError: Exceeded rate limits: 10 per second for key u1\ntests/test_limiter.py:14: RuntimeError\nFAILED tests/test_limiter.py::test_denies_burst - RuntimeError: Exceeded rate limits: 10 per second for key u1\n1 failed, 30 passed in 0.8s\n##[error]Process completed with exit code 1.\n"),
    # one model collided (1023), another names a column that does not exist: the rerun fails on it
    ('wh-dbt-two-errors',
     '10:21:00  Database Error in model agg_daily (models/agg_daily.sql)\n10:21:00    1023\n10:21:00    DETAIL:  Serializable isolation violation on table - 184422, transactions forming the cycle are: 9911, 9917 (pid:4410)\n10:21:01  Database Error in model revenue (models/revenue.sql)\n10:21:01    column "amount_usd" does not exist in orders\n10:21:02  Done. PASS=4 WARN=0 ERROR=2 SKIP=0 TOTAL=6\n##[error]Process completed with exit code 1.\n'),
    # guard: a retried collision, then a row-count assertion fails
    ('wh-serial-then-pytest',
     'WARNING  loader:load.py:88 Serializable isolation violation on table - 5512, transactions forming the cycle are: 1, 2 (pid:99); retrying\nINFO     loader:load.py:90 load committed on retry\ntests/test_load.py::test_row_counts FAILED\n>       assert count == 120\nE       assert 118 == 120\nFAILED tests/test_load.py::test_row_counts - assert 118 == 120\n1 failed, 14 passed in 12.3s\n##[error]Process completed with exit code 1.\n'),
    # guard: a throttle retried, then a dbt data test fails
    ('wh-rate-then-datatest-fail',
     '15:02:11  Exceeded rate limits: too many api requests per user per method for this user_method. retrying in 2s\n15:02:15  1 of 3 PASS not_null_orders_id ............ [PASS in 1.2s]\n15:02:16  2 of 3 FAIL 3 unique_orders_id ............ [FAIL 3 in 1.1s]\n15:02:17  Failure in test unique_orders_id (models/schema.yml)\n15:02:17    Got 3 results, configured to fail if != 0\n15:02:18  Done. PASS=2 WARN=0 ERROR=1 SKIP=0 TOTAL=3\n##[error]Process completed with exit code 1.\n'),
    # a test of a download helper comparing its timeout message
    ('th-test-of-harness',
     '  request\n    1) aborts an idle download\n  1 failing\n  1) request\n       aborts an idle download:\n     Error: Expected message to match /timed out/, got "request timeout out after 50ms"\n      at Context.<anonymous> (test/request.test.ts:30:11)\n##[error]Process completed with exit code 1.\n'),
    # guard: the editor download retried and came, then the extension's test failed
    ('th-then-tests-fail',
     'Downloading VS Code insiders\nrequest timeout out after 15000ms, retrying (1/3)\nDownloaded VS Code into .vscode-test/vscode-linux-x64-insiders\n  Extension\n    1) activates\n  0 passing (2s)\n  1 failing\n  1) Extension activates:\n     AssertionError [ERR_ASSERTION]: false == true\nError: 1 tests failed.\n##[error]Process completed with exit code 1.\n'),
    # do_compile failed on a C error before the disk monitor stopped the build
    ('bb-disk-after-compile-fail',
     'ERROR: mylib-1.0-r0 do_compile: oe_runmake failed\n| ../src/mylib.c:44:10: error: \'struct foo\' has no member named \'bar\'\n| make: *** [Makefile:30: mylib.o] Error 1\nERROR: Task (/work/meta-app/recipes-app/mylib/mylib_1.0.bb:do_compile) failed with exit code \'1\'\nWARNING: The free space of /build/tmp (/dev/sda1) is running low (0.900GB left)\nERROR: No new tasks can be executed since the disk space monitor action is "STOPTASKS"!\nNOTE: Tasks Summary: Attempted 3400 tasks of which 3100 didn\'t need to be rerun and 1 failed.\nSummary: 1 task failed:\n  /work/meta-app/recipes-app/mylib/mylib_1.0.bb:do_compile\n##[error]Process completed with exit code 1.\n'),
    # bitbake's own unittest comparing the monitor's message
    ('bb-disk-test-of-monitor',
     'FAIL: test_stoptasks_message (bb.tests.monitordisk.MonitorTest)\nTraceback (most recent call last):\n  File "lib/bb/tests/monitordisk.py", line 80, in test_stoptasks_message\n    self.assertEqual(msg, \'No new tasks can be executed since the disk space monitor action is "STOPTASKS"!\')\nAssertionError: \'x\' != \'No new tasks can be executed since the disk space monitor action is "STOPTASKS"!\'\nFAILED (failures=1)\n##[error]Process completed with exit code 1.\n'),
    # do_configure failed on a CMake error, then the worker was stopped with SIGTERM
    ('bb-worker-after-configure-fail',
     'ERROR: app-1.0-r0 do_configure: Execution of \'/build/tmp/work/app/run.do_configure.1234\' failed with exit code 1\n| CMake Error at CMakeLists.txt:12 (find_package):\n|   Could not find a package configuration file provided by "Qt6"\nERROR: Task (/work/meta-app/recipes-app/app/app_1.0.bb:do_configure) failed with exit code \'1\'\nERROR: Worker process (41234) exited unexpectedly (-15), shutting down...\nSummary: 1 task failed:\n  /work/meta-app/recipes-app/app/app_1.0.bb:do_configure\n##[error]Process completed with exit code 1.\n'),
    # guard: one suite's Timeout beside another suite's failed assertion
    ('ts-twister-timeout-then-other-fail',
     'ERROR   - qemu_x86                  tests/kernel/sched/schedule_api/kernel.scheduler   FAILED: Timeout\nSTART - test_ringbuf_put_get\n    Assertion failed at WEST_TOPDIR/app/tests/ringbuf/src/main.c:88: test_ringbuf_put_get: (len not equal to 16)\n FAIL - test_ringbuf_put_get in 0.004 seconds\nERROR   - qemu_x86                  tests/lib/ringbuf/libraries.ringbuf                FAILED: Failed\nINFO    - 38 of 40 executed test configurations passed (95.00%), 0 built (not run), 2 failed, 0 errored\n##[error]Process completed with exit code 1.\n'),
    # guard: a flash timeout beside another configuration's compile error
    ('tw-flash-timeout-then-build-error',
     "WARNING - Flash operation timed out.\nERROR   - example_board  tests/drivers/gpio/drivers.gpio.basic  ERROR: Device issue (Timeout)\nERROR   - qemu_cortex_m3  tests/drivers/spi/drivers.spi.basic  ERROR: Build failure\n/work/app/drivers/spi/spi.c:41:9: error: 'spi_cfg' undeclared (first use in this function)\nninja: build stopped: subcommand failed.\n##[error]Process completed with exit code 1.\n"),
    # pexpect waited for a prompt; the buffer shows the program died on a NameError
    ('px-timeout-prompt-real',
     'tests/test_cli.py::test_repl_prompt FAILED\nE       pexpect.exceptions.TIMEOUT: Timeout exceeded.\nE       <pexpect.pty_spawn.spawn object at 0x7f>\nE       command: /usr/bin/python\nE       buffer (last 100 chars): \'Traceback (most recent call last):\\r\\nNameError: name "prompt" is not defined\\r\\n\'\nFAILED tests/test_cli.py::test_repl_prompt - pexpect.exceptions.TIMEOUT: Timeout exceeded.\n1 failed in 30.2s\n##[error]Process completed with exit code 1.\n'),
    # guard: pexpect's TIMEOUT beside another test's failed assertion
    ('px-timeout-then-assert-other-test',
     "FAILED tests/test_repl.py::test_banner - pexpect.exceptions.TIMEOUT: Timeout exceeded.\n>       assert parse('1+1') == 2\nE       assert 3 == 2\nFAILED tests/test_parse.py::test_add - assert 3 == 2\n2 failed, 40 passed in 31.0s\n##[error]Process completed with exit code 1.\n"),
]

NOT_SURE: list[tuple[str, str]] = [
    # a serialisation retried and applied, then a migration's column that does not exist (no entry reads psql's error: not surely transient)
    ('wh-serial-retried-then-psql-column-missing',
     'psql:migrations/0042.sql:10: ERROR:  1023 DETAIL: Serializable isolation violation on table - 123456, transactions forming the cycle are: 1, 2 (pid:555)\nRetrying migration 0042 (attempt 2)\nmigration 0042 applied\npsql:migrations/0043.sql:3: ERROR:  column "customer_idd" does not exist\n##[error]Process completed with exit code 3.\n'),
    # a display warning beside a mocha AssertionError: the assertion may be the change's
    ('vd-then-assert-real',
     '$ xvfb-run -a npm test\n(electron:101): Gtk-WARNING **: cannot open display: :99\n  1 failing\n  1) Window\n       opens:\n     AssertionError: expected 0 to equal 1\n      at Context.<anonymous> (test/window.spec.js:12:20)\n##[error]Process completed with exit code 1.\n'),
    # a throttled model beside another model's unrecognised column name
    ('wh-bq-rate-then-unrecognized',
     '10:24:00  Database Error in model sessions (models/sessions.sql)\n10:24:00    Exceeded rate limits: too many table update operations for this table. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas\n10:24:01  Database Error in model users (models/users.sql)\n10:24:01    Unrecognized name: user_idd at [12:5]\n10:24:02  Done. PASS=6 WARN=0 ERROR=2 SKIP=0 TOTAL=8\n##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # guard: Xvfb put in the background, the client connected before it listened
    ('vd-xvfb-started-race',
     '$ Xvfb :99 -screen 0 1280x1024x24 &\n$ export DISPLAY=:99\n$ ./build/app --selftest\n(app:4242): Gtk-WARNING **: 10:12:03.512: cannot open display: :99\n##[error]Process completed with exit code 1.\n'),
    # guard: xvfb-run's server could not start
    ('vd-xvfb-run-fail',
     "$ xvfb-run --server-args='-screen 0 1024x768x24' make check\nxvfb-run: error: Xvfb failed to start\n##[error]Process completed with exit code 1.\n"),
    # guard: BigQuery's per-table update rate limit in a dbt run
    ('wh-bq-rate',
     'Running with dbt=1.7.4\n15:02:11  1 of 12 START sql table model analytics.orders ............ [RUN]\n15:02:19  1 of 12 ERROR creating sql table model analytics.orders ...... [ERROR in 8.1s]\n15:02:19  Database Error in model orders (models/orders.sql)\n15:02:19    Exceeded rate limits: too many table update operations for this table. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas\n15:02:20  Done. PASS=11 WARN=0 ERROR=1 SKIP=0 TOTAL=12\n##[error]Process completed with exit code 1.\n'),
    # guard: Snowflake's lock-waiters limit
    ('wh-snowflake-lock-app',
     "snowflake.connector.errors.ProgrammingError: 000625 (57014): Statement '01ab' has locked table 'EVENTS' in transaction 1 and this lock has not yet been released.\nYour statement '01ac' was aborted because the number of waiters for this lock exceeds the 20 statements limit.\n##[error]Process completed with exit code 1.\n"),
    # guard: the editor download went idle
    ('th-vscode-timeout',
     'Downloading VS Code 1.85.0 from https://update.code.visualstudio.com/1.85.0/linux-x64/stable\nError: TimeoutError: request timeout out after 15000ms\n    at Timeout._onTimeout (node_modules/@vscode/test-electron/out/request.js:40:22)\nFailed to run tests\n##[error]Process completed with exit code 1.\n'),
    # guard: the disk monitor stopped an otherwise succeeding build
    ('bb-disk-stop',
     'NOTE: Executing Tasks\nWARNING: The free space of /build/tmp (/dev/sda1) is running low (0.950GB left)\nERROR: No new tasks can be executed since the disk space monitor action is "STOPTASKS"!\nNOTE: Tasks Summary: Attempted 3400 tasks of which 3100 didn\'t need to be rerun and all succeeded.\n##[error]Process completed with exit code 1.\n'),
    # guard: a compiler that ran out of space itself, then the monitor stopped the build
    ('bb-enospc-in-task',
     '| ../../gcc/cc1: fatal error: error writing to /build/tmp/ccX.s: No space left on device\nWARNING: The free space of /build/tmp (/dev/sda1) is running low (0.010GB left)\nERROR: No new tasks can be executed since the disk space monitor action is "STOPTASKS"!\n##[error]Process completed with exit code 1.\n'),
    # guard: a worker SIGKILLed, no task error
    ('bb-worker-killed',
     "NOTE: Running task 2101 of 3400 (/work/poky/meta/recipes-devtools/gcc/gcc_13.2.bb:do_compile)\nERROR: Worker process (41234) exited unexpectedly (-9), shutting down...\nNOTE: Tasks Summary: Attempted 2101 tasks of which 1900 didn't need to be rerun and all succeeded.\n##[error]Process completed with exit code 1.\n"),
    # guard: the compiler killed for memory, then the worker
    ('bb-oom-compiler-in-task',
     "| x86_64-poky-linux-g++: fatal error: Killed signal terminated program cc1plus\n| compilation terminated.\nERROR: Worker process (48211) exited unexpectedly (-9), shutting down...\nNOTE: Tasks Summary: Attempted 1531 tasks of which 1200 didn't need to be rerun and 1 failed.\n##[error]Process completed with exit code 1.\n"),
    # guard: a remote gdb server that did not answer
    ('nu-openocd-cannot-connect-remote',
     "Open On-Chip Debugger 0.12.0\nError: unable to connect to the target\nError: Can't connect to remote gdb server at 10.0.0.5:3333: Connection timed out\n##[error]Process completed with exit code 1.\n"),
    # guard: an esptool line beside the registry being unreachable
    ('nu-esptool-then-network',
     '$ pio run -t upload\nA fatal error occurred: Failed to connect to ESP32: No serial data received.\nError: Could not connect to api.registry.platformio.org: Network is unreachable\n##[error]Process completed with exit code 1.\n'),
    # a mirror host named espresso-cache unreachable: not esptool's chip wording
    ('nu-host-named-esp-mirror',
     'Fetching https://espresso-cache:8443/simple/ ...\nFailed to connect to espresso-cache: Network is unreachable\n##[error]Process completed with exit code 1.\n'),
    # guard: the J-Link's network connection lost
    ('tw-flash-timeout-then-connection-lost',
     'INFO    - Flashing nrf52840dk_nrf52840 with west flash\nWARNING - Flash operation timed out.\nERROR   - nrf52840dk_nrf52840 tests/drivers/gpio FAILED: Flash error\nJLinkExe: connection lost to J-Link at 192.168.1.20\n##[error]Process completed with exit code 1.\n'),
    # guard: pexpect's buffer shows ssh's connect timing out
    ('px-ssh-connect-timeout',
     "tests/test_deploy.py::test_ssh_login FAILED\nE       pexpect.exceptions.TIMEOUT: Timeout exceeded.\nE       buffer (last 100 chars): b'ssh: connect to host build-agent-7.example.net port 22: Connection timed out\\r\\n'\nFAILED tests/test_deploy.py::test_ssh_login - pexpect.exceptions.TIMEOUT: Timeout exceeded.\n##[error]Process completed with exit code 1.\n"),
    # guard: a device wait timing out on its own line beside pexpect's
    ('px-test-timeout-other-line',
     'pexpect.exceptions.TIMEOUT: Timeout exceeded.\nE   TimeoutError: timed out waiting for device /dev/ttyACM0 to enumerate\nFAILED tests/hil/test_boot.py::test_boot_banner\n##[error]Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(NOT_SURE))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_still_reads_transient(log):
    reads(log, "transient")


def test_case_ids_are_unique():
    assert_unique_ids(REAL, NOT_SURE, TRANSIENT)
