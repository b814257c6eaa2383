"""Review 14s of the fourteenth round's hpc_scientific and test_runner_infra entries (MPI launchers' refusals, crashed,
killed or lost ranks; Slurm's and PBS's lost nodes, busy allocations and time limits; conda's truncated download and
unfinished solve; Fortran and PETSc crashes; Surefire's fork that lost its Maven parent; Vitest's worker start timeout;
coverage's branch/statement mismatch) and the older entries they widened (network-unreachable, resource-busy,
transient-wording, test-setup-error): adversarial logs (made up) where the outage words sit after a test that had already
failed (CTest, Surefire, libtest, unittest, Catch2, a Fortran ERROR STOP, Vitest), inside another tool's test report
(Jest, RSpec, Go, Mocha), behind a setup error (MUNGE's refused credential) or a program's own MPI error, or where a
deterministic failure is followed by an outage in a later step; and guards where the outage is the job's.

60 logs; on main at 25693d8 23 read wrong (19 high: real read transient; 0 medium; 4 low: unknown), marked
"[wrong on main]"; the one left (an outage line above a value mismatch with no test summary) and two CTest cases
asserted only not surely transient read real since engine 14c (FIXED_ENG14C)."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

E = "##[error]Process completed with exit code 1.\n"

# Read real.
REAL: list[tuple[str, str]] = [
    # a docs page quoting mpirun's refusal, and the docs build's own error: real
    ('mpi-root-words-in-docs',
     '+ make docs\nWARNING: docs/running.rst:40: duplicate label \'mpirun-root\'\n  mpirun has detected an attempt to run as root. Set OMPI_ALLOW_RUN_AS_ROOT=1 to allow it.\ndocs/running.rst:55: ERROR: Unknown directive type "mpi-option".\nmake: *** [Makefile:20: html] Error 2\n' + E),
    # CTest's test #1 failed before any rank was killed: that failure recurs, real [wrong on main: high, read transient]
    ('mpi-sigkill-ctest-failed-before',
     '      Start  1: test_halo\n 1/3 Test  #1: test_halo ........................***Failed    0.52 sec\n      Start  2: test_reduce\n--------------------------------------------------------------------------\nmpirun noticed that process rank 1 with PID 2211 on node ci-node exited on signal 9 (Killed).\n--------------------------------------------------------------------------\n 2/3 Test  #2: test_reduce ......................***Failed    3.10 sec\n      Start  3: test_io\n 3/3 Test  #3: test_io ..........................   Passed    0.20 sec\n\n33% tests passed, 2 tests failed out of 3\n\nThe following tests FAILED:\n\t  1 - test_halo (Failed)\n\t  2 - test_reduce (Failed)\nErrors while running CTest\n' + E),
    # libtest had already failed on a value; the benchmark's killed rank after it does not make the job's failure an outage [wrong on main: high, read transient]
    ('mpi-sigkill-after-rust-test-failed',
     "test tests::halo_sum ... FAILED\n\nfailures:\n\n---- tests::halo_sum stdout ----\nthread 'tests::halo_sum' panicked at src/lib.rs:40:9:\nassertion `left == right` failed\n  left: 10\n right: 12\n\ntest result: FAILED. 11 passed; 1 failed; 0 ignored\n+ mpirun -np 4 target/release/bench\n--------------------------------------------------------------------------\nmpirun noticed that process rank 3 with PID 991 on node ci exited on signal 9 (Killed).\n--------------------------------------------------------------------------\n" + E),
    # Surefire reported a failed assertion before the mpirun step's killed rank: real [wrong on main: high, read transient]
    ('mpi-sigkill-after-junit-failures',
     '[ERROR] Tests run: 14, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 3.2 s <<< FAILURE! - in org.example.HaloTest\n[ERROR] org.example.HaloTest.sums  Time elapsed: 0.1 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: values differ\n[ERROR] Tests run: 14, Failures: 1, Errors: 0, Skipped: 0\n+ mpirun -np 2 java -cp target/classes org.example.Bench\n--------------------------------------------------------------------------\nmpirun noticed that process rank 0 with PID 77 on node ci exited on signal 9 (Killed).\n--------------------------------------------------------------------------\n' + E),
    # the Fortran test stopped on ERROR STOP before the daemon was lost: real [wrong on main: high, read transient]
    ('mpi-daemon-lost-after-fortran-error-stop',
     ' test_grid: checking halo widths\n ERROR STOP halo mismatch on rank 1\nError termination. Backtrace:\n#0  0x7f1 in test_grid at test_grid.f90:51\n--------------------------------------------------------------------------\nORTE has lost communication with a remote daemon.\n\n  HNP daemon   : [[1234,0],0] on node ci-0\n  Remote daemon: [[1234,0],1] on node ci-1\n--------------------------------------------------------------------------\n' + E),
    # unittest's failed comparison is reported above the killed rank: real [wrong on main: high, read transient]
    ('mpi-sigkill-unittest-failed-before',
     'FAIL: test_scatter (tests.test_mpi.ScatterTest)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File "/src/tests/test_mpi.py", line 22, in test_scatter\n    self.assertEqual(out, [1, 2, 3])\nAssertionError: Lists differ: [1, 2] != [1, 2, 3]\n\nRan 8 tests in 1.2s\n\nFAILED (failures=1)\n--------------------------------------------------------------------------\nmpirun noticed that process rank 1 with PID 812 on node runner exited on signal 9 (Killed).\n--------------------------------------------------------------------------\n' + E),
    # a Jest test of a log parser printing the scheduler's line; the test failed on a TypeError: real [wrong on main: high, read transient]
    ('slurm-node-failure-in-jest-console',
     "  console.log\n    slurmstepd: error: *** JOB 42 ON node1 CANCELLED AT 2026-01-01T00:00:00 DUE TO NODE FAILURE ***\n\n      at Object.<anonymous> (src/parse.test.ts:12:13)\n\n  ● parseJobLog › reads a node failure\n\n    TypeError: Cannot read properties of undefined (reading 'reason')\n\nTests:       1 failed, 20 passed, 21 total\n" + E),
    # a Go test logging its fixture line, failing on its own value: real
    ('slurm-node-failure-in-parser-fixture-go',
     '=== RUN   TestParseCancel\n    parse_test.go:30: input: *** JOB 42 ON node1 CANCELLED AT 2026-01-01T00:00:00 DUE TO NODE FAILURE ***\n    parse_test.go:31: got reason "", want "NODE_FAIL"\n--- FAIL: TestParseCancel (0.00s)\nFAIL\nFAIL\texample.com/slurmtools\t0.011s\n' + E),
    # RSpec's report of an exception whose message quotes srun, in a failing suite: real [wrong on main: high, read transient]
    ('slurm-busy-in-rspec-output',
     "Failures:\n\n  1) Submitter retries a busy allocation\n     Failure/Error: raise SubmitError, line\n\n     SubmitError:\n       srun: error: Unable to allocate resources: Requested nodes are busy\n     # ./lib/submitter.rb:44:in `submit'\n\n12 examples, 1 failure\n" + E),
    # the requeued job went on to a compile error: real
    ('slurm-preempt-then-compile-error',
     "slurmstepd: error: *** JOB 70 ON cn2 CANCELLED AT 2026-01-02T03:04:05 DUE TO JOB REQUEUE ***\n+ cmake --build build\n[ 40%] Building CXX object src/CMakeFiles/core.dir/grid.cpp.o\n/src/grid.cpp:88:5: error: 'halo_t' was not declared in this scope\ngmake[2]: *** [src/CMakeFiles/core.dir/build.make:76: src/CMakeFiles/core.dir/grid.cpp.o] Error 1\n" + E),
    # Catch2 had already failed a REQUIRE before the benchmark ran out of time: real [wrong on main: low, read unknown]
    ('slurm-time-limit-after-catch2-fail',
     '/src/tests/test_grid.cpp:40: FAILED:\n  REQUIRE( grid.size() == 64 )\nwith expansion:\n  63 == 64\n\n===============================================================================\ntest cases:  12 |  11 passed | 1 failed\nassertions: 200 | 199 passed | 1 failed\n\n+ ./build/bench/bench_all\nslurmstepd: error: *** JOB 9001 ON cn05 CANCELLED AT 2026-02-03T04:05:06 DUE TO TIME LIMIT ***\n' + E),
    # a monitor's INFO line quoting PBS, then its own KeyError: real
    ('pbs-walltime-in-python-log-info',
     '2026-01-01 10:00:00 INFO  monitor: =>> PBS: job killed: walltime 3610 exceeded limit 3600\nTraceback (most recent call last):\n  File "monitor.py", line 40, in <module>\n    parse(line)\nKeyError: \'walltime\'\n' + E),
    # the message sits in a test's captured stdout and the test failed on its assertion: real [wrong on main: high, read transient]
    ('conda-truncated-in-captured-stdout-then-fail',
     '----------------------------- Captured stdout call -----------------------------\nDownloaded bytes did not match Content-Length\n=========================== short test summary info ============================\nFAILED tests/test_fetch.py::test_resume_partial - AssertionError: resumed 0 bytes\n1 failed, 40 passed in 3.20s\n' + E),
    # the download was retried and the build then failed on a C call's arguments: real
    ('conda-truncated-then-compile-error',
     "Downloading and Extracting Packages\nCondaError: Downloaded bytes did not match Content-Length\n  url: https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4.conda\n+ conda install -y numpy   # retry\nDownloading and Extracting Packages: done\n+ python setup.py build_ext\nsrc/_core.c:40:12: error: too few arguments to function 'grid_init'\nerror: command '/usr/bin/gcc' failed with exit code 1\n" + E),
    # the environment update was retried and finished; the test failed on a float comparison: real [wrong on main: high, read transient]
    ('conda-truncated-then-pytest-assert',
     'CondaError: Downloaded bytes did not match Content-Length\n  url: https://conda.anaconda.org/conda-forge/noarch/tzdata-2024a.conda\n+ mamba env update -f env.yml   # retried\nTransaction finished\n+ pytest -q\nF.....\nE       assert 0.30000000000000004 == 0.3\nFAILED tests/test_sum.py::test_add - assert 0.30000000000000004 == 0.3\n1 failed, 5 passed in 0.30s\n' + E),
    # a Mocha assertion comparing the message as a value: real
    ('conda-truncated-in-mocha-fixture',
     "  1) download\n       reports a short body:\n     AssertionError [ERR_ASSERTION]: 'Downloaded bytes did not match Content-Length' == 'short read'\n      at Context.<anonymous> (test/download.test.js:22:12)\n\n  30 passing (1s)\n  1 failing\n" + E),
    # a diff of a crash handler's expected output: the test's values, real
    ('gfortran-sigsegv-in-test-expected-output',
     '--- expected/crash.out\n+++ actual/crash.out\n@@ -1,2 +1,2 @@\n-Program received signal SIGSEGV: Segmentation fault - invalid memory reference.\n+Program received signal SIGFPE: Floating-point exception - erroneous arithmetic operation.\nFAIL: tests/crash_handler.sh\n# FAIL:  1\n' + E),
    # PETSc's handler caught a SEGV: the code, real
    ('petsc-sigsegv-guard',
     '[0]PETSC ERROR: ------------------------------------------------------------------------\n[0]PETSC ERROR: Caught signal number 11 SEGV: Segmentation Violation, probably memory access out of range\n[0]PETSC ERROR: Try option -start_in_debugger or -on_error_attach_debugger\n' + E),
    # Surefire reported a failed assertion; the fork then outlived the Maven process that ended the build: real [wrong on main: high, read transient]
    ('surefire-kill-self-after-test-failures',
     '[ERROR] Tests run: 20, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 4.1 s <<< FAILURE! - in org.example.ParserTest\n[ERROR] org.example.ParserTest.parsesDate  Time elapsed: 0.02 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: dates differ ==> 2026-01-01 vs 2026-01-02\n[ERROR] Failures: \n[ERROR]   ParserTest.parsesDate:40 dates differ\n[ERROR] Tests run: 120, Failures: 1, Errors: 0, Skipped: 0\nKilling self fork JVM. PING timeout elapsed.\n[INFO] BUILD FAILURE\n' + E),
    # Surefire's own test failing with an exception quoting the booter's words: real [wrong on main: high, read transient]
    ('surefire-kill-self-own-test-name',
     '[ERROR] org.apache.maven.surefire.booter.ForkedBooterTest.shouldKillSelfOnPingTimeout  Time elapsed: 0.3 s  <<< FAILURE!\njava.lang.IllegalStateException: Killing self fork JVM. PING timeout elapsed. was logged twice\n\tat org.apache.maven.surefire.booter.ForkedBooterTest.shouldKillSelfOnPingTimeout(ForkedBooterTest.java:88)\n[ERROR] Tests run: 30, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n' + E),
    # the compile error ended the build and the fork lost its parent after: real
    ('surefire-maven-died-after-compile-error',
     '[ERROR] COMPILATION ERROR : \n[ERROR] /src/main/java/org/example/App.java:[12,8] cannot find symbol\n  symbol:   class Halo\n  location: class org.example.App\n[INFO] BUILD FAILURE\nSurefire is going to kill self fork JVM. Maven process died.\n' + E),
    # a Vitest test had failed on its assertion before a worker timed out starting: real [wrong on main: low, read unknown]
    ('vitest-start-timeout-after-failed-tests',
     ' FAIL  src/math.test.ts > add > sums\nAssertionError: expected 3 to be 4 // Object.is equality\n ❯ src/math.test.ts:5:17\n\n Test Files  1 failed | 30 passed (31)\n      Tests  1 failed | 200 passed (201)\nError: [vitest-pool]: Timeout starting forks runner.\n' + E),
    # a docs page quoting the message, linted: real
    ('vitest-start-timeout-in-issue-template-docs',
     '+ npx markdownlint docs/\ndocs/troubleshooting.md:12 MD013/line-length Line length [Expected: 80; Actual: 97]\n  If you see "[vitest-pool]: Timeout starting threads runner." switch to the forks pool.\n' + E),
    # a Jest test of a classifier printing Vitest's message; it failed on a TypeError: real [wrong on main: high, read transient]
    ('vitest-start-timeout-in-jest-console-line',
     '  ● errors › classifies a pool timeout\n\n    TypeError: classify is not a function\n\n  console.error\n    Error: [vitest-pool]: Timeout starting forks runner.\n\nTests:       1 failed, 9 passed, 10 total\n' + E),
    # coverage combine refused mixed branch and statement data: the jobs' settings, real
    ('coverage-branch-mismatch-guard',
     "+ coverage combine coverage-*/.coverage\nCan't combine branch coverage data with statement data\n" + E),
    # Open MPI finds no transport between two ranks: the job's configuration, real
    ('openmpi-unreachable-guard',
     '--------------------------------------------------------------------------\nAt least one pair of MPI processes are unable to reach each other for\nMPI communications.  This means that no Open MPI device has indicated\nthat it can be used to communicate between these processes.\n--------------------------------------------------------------------------\n' + E),
    # a Fortran compile error ended the build before the job ran out of time: real
    ('compile-error-then-slurm-time-limit',
     "[ 60%] Building Fortran object src/CMakeFiles/model.dir/advect.f90.o\n/src/advect.f90:120:15:\n\n  120 |     call halo_swap(u, v, w)\n      |               1\nError: Missing actual argument for argument 'comm' at (1)\ngmake[2]: *** [src/CMakeFiles/model.dir/build.make:90: src/CMakeFiles/model.dir/advect.f90.o] Error 1\ngmake: *** [Makefile:146: all] Error 2\nslurmstepd: error: *** JOB 3141 ON cn08 CANCELLED AT 2026-02-03T04:05:06 DUE TO TIME LIMIT ***\n" + E),
    # a C++ compile error, then an old binary's smoke run lost a rank: real
    ('compile-error-then-mpi-smoke-sigkill',
     "/src/solver.cpp:55:12: error: no matching function for call to 'exchange(Field&)'\nmake[2]: *** [CMakeFiles/solver.dir/build.make:76: CMakeFiles/solver.dir/solver.cpp.o] Error 1\nmake: *** [Makefile:84: all] Error 2\n+ mpirun -np 2 ./build/old_solver --smoke\n--------------------------------------------------------------------------\nmpirun noticed that process rank 0 with PID 601 on node ci exited on signal 9 (Killed).\n--------------------------------------------------------------------------\n" + E),
    # tests failed, then the upload step's conda install was cut short: real [wrong on main: high, read transient]
    ('pytest-failed-then-conda-truncated-post-step',
     'FAILED tests/test_grid.py::test_area - assert 12.0 == 12.5\n1 failed, 88 passed in 9.12s\n+ conda install -y -c conda-forge anaconda-client   # upload step\nDownloaded bytes did not match Content-Length\n' + E),
    # PETSc's SEGV inside a test's captured output, the test failed: real
    ('petsc-segv-in-captured-stdout-pytest',
     '----------------------------- Captured stdout call -----------------------------\n[0]PETSC ERROR: Caught signal number 11 SEGV: Segmentation Violation, probably memory access out of range\nFAILED tests/test_ksp.py::test_solve_bad_matrix - subprocess.CalledProcessError: Command returned non-zero exit status 59.\n1 failed, 12 passed in 4.00s\n' + E),
]

# Not surely transient (no rerun proposed with confidence).
AMBIGUOUS: list[tuple[str, str]] = [
    # the binary is missing because the dependency fetch met a 503 above: the outage may explain it, not surely either way
    ('mpi-execvp-missing-after-spack-503',
     '==> Fetching https://mirror.example.org/spack/_source-cache/archive/ab/abc.tar.gz\n==> Error: FetchError: All fetchers failed for hdf5-1.14.3\n    HTTPError: HTTP Error 503: Service Unavailable\n+ mpiexec -n 2 ./build/bin/solver\n[proxy:0:0@ci-1] HYDU_create_process (lib/utils/launch.c:74): execvp error on file ./build/bin/solver (No such file or directory)\n' + E),
    # the clone failed on DNS, so the binary mpiexec could not find may never have been built: not surely real nor transient
    ('mpi-execvp-missing-after-clone-dns',
     "+ git clone https://github.com/example/meshlib deps/meshlib\nCloning into 'deps/meshlib'...\nfatal: unable to access 'https://github.com/example/meshlib/': Could not resolve host: github.com\n+ mpiexec -n 4 ./build/bin/app\n[proxy:0:0@runner] HYDU_create_process (lib/utils/launch.c:74): execvp error on file ./build/bin/app (No such file or directory)\n" + E),
    # the input's download met a 503 and the rank aborted on the missing file: not surely real nor transient
    ('mpi-abort-after-download-503',
     '+ python scripts/fetch_mesh.py\nurllib.error.HTTPError: HTTP Error 503: Service Unavailable\n+ mpirun -np 2 ./solver mesh.h5\nrank 0: cannot open mesh.h5\n--------------------------------------------------------------------------\nMPI_ABORT was invoked on rank 0 in communicator MPI_COMM_WORLD\nwith errorcode 1.\n--------------------------------------------------------------------------\n' + E),
    # MUNGE refused the credential (a key that differs), then sbatch's Zero Bytes: a setup error, not surely transient [wrong on main: high, read transient]
    ('slurm-zero-bytes-munge',
     '+ sbatch --wait ci/job.sh\nsbatch: error: Munge decode failed: Invalid credential\nsbatch: error: authentication: Invalid authentication credential\nsbatch: error: Batch job submission failed: Zero Bytes were transmitted or received\n' + E),
    # Open MPI's error handler reported the program's MPI_ERR_TRUNCATE; the ranks then hung until the limit: not surely transient [wrong on main: high, read transient]
    ('slurm-time-limit-after-mpi-deadlock-hint',
     '[cn04:1234] *** An error occurred in MPI_Recv\n[cn04:1234] *** reported by process [1,0]\n[cn04:1234] *** on communicator MPI_COMM_WORLD\n[cn04:1234] *** MPI_ERR_TRUNCATE: message truncated\n[cn04:1234] *** MPI_ERRORS_ARE_FATAL (processes in this communicator will now abort,\nslurmstepd: error: *** STEP 1.0 ON cn04 CANCELLED AT 2026-02-03T04:05:06 DUE TO TIME LIMIT ***\n' + E),
    # the solver was OOM-killed mid-solve: not surely transient
    ('conda-solve-working-oom-killed',
     'Collecting package metadata (repodata.json): done\nSolving environment: ...working...\nKilled\n##[error]Process completed with exit code 137.\n'),
    # the submodule's clone failed on DNS, so Vitest found no test files: not surely real
    ('vitest-no-test-files-after-checkout-dns',
     "+ git submodule update --init packages/ui\nCloning into '/home/runner/work/app/packages/ui'...\nfatal: unable to access 'https://github.com/example/ui.git/': Could not resolve host: github.com\nfatal: clone of 'https://github.com/example/ui.git' into submodule path 'packages/ui' failed\n+ npx vitest run packages/ui\nfilter:  packages/ui\ninclude: **/*.{test,spec}.?(c|m)[jt]s?(x)\nNo test files found, exiting with code 1\n" + E),
    # MPICH's fatal error on an invalid rank, then the ranks hung until the limit: not surely transient [wrong on main: high, read transient]
    ('slurm-time-limit-after-mpich-fatal',
     'Abort(805421582) on node 1: Fatal error in PMPI_Send: Invalid rank, error stack:\nPMPI_Send(157): MPI_Send(buf=0x7ffd, count=1, MPI_INT, dest=4, tag=0, MPI_COMM_WORLD) failed\nPMPI_Send(95).: Invalid rank has value 4 but must be nonnegative and less than 4\nslurmstepd: error: *** JOB 5120 ON cn01 CANCELLED AT 2026-02-03T04:05:06 DUE TO TIME LIMIT ***\n' + E),
]

# Read transient (guards: the outage is the job's).
TRANSIENT: list[tuple[str, str]] = [
    # HDF5 met a full disk and the program aborted on it: the catalogue reads a full disk as the runner's, transient
    ('mpi-abort-after-disk-full',
     "HDF5-DIAG: Error detected in HDF5 (1.14.3) thread 0:\n  #000: H5Dio.c line 400 in H5Dwrite(): can't write data\n    major: Low-level I/O\n    minor: Write failed\n  #001: H5FDsec2.c line 800 in H5FD__sec2_write(): file write failed: errno = 28, error message = 'No space left on device'\nrank 0: checkpoint write failed\napplication called MPI_Abort(MPI_COMM_WORLD, 2) - process 0\n" + E),
    # a rank SIGKILLed with nothing failing before it: the OOM killer or the runner, transient
    ('mpi-sigkill-guard-alone',
     '+ mpirun -np 4 ./build/tests/test_fft\n--------------------------------------------------------------------------\nPrimary job  terminated normally, but 1 process returned\na non-zero exit code. Per user-direction, the job has been aborted.\n--------------------------------------------------------------------------\n--------------------------------------------------------------------------\nmpirun noticed that process rank 3 with PID 5150 on node gh-runner exited on signal 9 (Killed).\n--------------------------------------------------------------------------\n' + E),
    # srun's node failure and the step cancelled for it: transient
    ('slurm-node-failure-guard',
     '+ srun -N 2 ./build/tests/test_allreduce\nsrun: error: Node failure on cn12\nslurmstepd: error: *** STEP 5512.0 ON cn11 CANCELLED AT 2026-01-02T01:02:03 DUE TO NODE FAILURE, SEE SLURMCTLD LOG FOR DETAILS ***\nsrun: error: cn11: task 0: Killed\n' + E),
    # a step ended at its wall-clock limit with nothing failing before: transient
    ('slurm-time-limit-guard',
     '+ srun --time=00:30:00 ./build/tests/run_all.sh\nrunning test_diffusion ... ok\nrunning test_advection ...\nslurmstepd: error: *** STEP 4411.0 ON cn09 CANCELLED AT 2026-02-03T04:05:06 DUE TO TIME LIMIT ***\nsrun: Job step aborted: Waiting up to 32 seconds for job step to finish.\n' + E),
    # conda's download cut short mid-transfer, nothing after it: transient
    ('conda-truncated-guard',
     'Downloading and Extracting Packages\nlibopenblas-0.3.26 | 5.5 MB | ####5 | 45%\nCondaError: Downloaded bytes did not match Content-Length\n  url: https://conda.anaconda.org/conda-forge/linux-64/libopenblas-0.3.26-pthreads_h413a1c8_0.conda\n  target_path: /opt/conda/pkgs/libopenblas-0.3.26-pthreads_h413a1c8_0.conda\n  Content-Length: 5771234\n  downloaded bytes: 2600000\n' + E),
    # the frozen solve failed and the retry's metadata fetch met a 502: transient, the spinner line went on [wrong on main: low, read unknown]
    ('conda-solve-working-then-http-error',
     'Solving environment: ...working...\nfailed with initial frozen solve. Retrying with flexible solve.\nCollecting package metadata (repodata.json): failed\n\nCondaHTTPError: HTTP 502 BAD GATEWAY for url <https://conda.anaconda.org/conda-forge/linux-64/repodata.json>\nElapsed: 00:00.210000\n\nAn HTTP error occurred when trying to retrieve this URL.\nHTTP errors are often intermittent, and a simple retry will get you on your way.\n' + E),
    # forrtl's write error follows 'No space left on device': the catalogue reads a full disk as transient
    ('forrtl-write-error-disk-full',
     'forrtl: No space left on device\nforrtl: severe (38): error during write, unit 10, file /scratch/run/out.dat\nImage              PC                Routine            Line        Source\nsolver             0000000000404F1A  Unknown               Unknown  Unknown\n' + E),
    # SIGKILL is not among the crash signals read real: the OOM reading holds, transient
    ('gfortran-sigkill-not-read',
     'Program received signal SIGKILL\n' + E),
    # the fork lost its Maven parent mid-run, nothing failed before: transient
    ('surefire-ping-timeout-guard',
     '[INFO] Running org.example.BigIntegrationIT\nKilling self fork JVM. PING timeout elapsed.\n[ERROR] ExecutionException The forked VM terminated without properly saying goodbye. VM crash or System.exit called?\n[INFO] BUILD FAILURE\n' + E),
    # Vitest's pool could not start a worker in time, no test failed: transient
    ('vitest-start-timeout-guard',
     ' RUN  v2.1.8 /home/runner/work/app/app\n\n⎯⎯⎯⎯⎯⎯ Unhandled Error ⎯⎯⎯⎯⎯⎯⎯\nError: [vitest-pool]: Timeout starting forks runner.\n ❯ node_modules/vitest/dist/chunks/resolveConfig.js:1:1\n\n Test Files  no tests\n' + E),
    # curl's own unreachable network: transient (the older entries' new unless lines do not touch it)
    ('omp-thread-failed-then-network-unreach',
     'curl: (7) Failed to connect to files.example.org port 443 after 3 ms: Network is unreachable\n' + E),
    # a rank SIGKILLed inside CTest's only failing test, reported below it: the kill failed the test, transient
    ('mpi-sigkill-inside-ctest-test-guard',
     '      Start  1: test_halo\n 1/2 Test  #1: test_halo ........................   Passed    0.52 sec\n      Start  2: test_big_fft\n--------------------------------------------------------------------------\nmpirun noticed that process rank 3 with PID 2290 on node ci-node exited on signal 9 (Killed).\n--------------------------------------------------------------------------\n 2/2 Test  #2: test_big_fft .....................***Failed   40.10 sec\n\n50% tests passed, 1 tests failed out of 2\n\nThe following tests FAILED:\n\t  2 - test_big_fft (Failed)\nErrors while running CTest\n' + E),
    # a node failure inside CTest's only failing test, reported below it: transient
    ('slurm-node-failure-inside-ctest-guard',
     ' 1/2 Test  #1: test_small .......................   Passed    0.30 sec\n      Start  2: test_two_nodes\nsrun: error: Node failure on cn14\nslurmstepd: error: *** STEP 77.3 ON cn13 CANCELLED AT 2026-02-03T04:05:06 DUE TO NODE FAILURE, SEE SLURMCTLD LOG FOR DETAILS ***\n 2/2 Test  #2: test_two_nodes ...................***Failed   12.00 sec\n\nThe following tests FAILED:\n\t  2 - test_two_nodes (Failed)\n' + E),
    # Hydra's banner for a rank killed by signal 9: transient
    ('mpich-sigkill-guard',
     '===================================================================================\n=   BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES\n=   PID 3120 RUNNING AT ci-runner\n=   KILLED BY SIGNAL: 9 (Killed)\n===================================================================================\n' + E),
    # sbatch's controller answered nothing: transient
    ('slurm-zero-bytes-guard',
     '+ sbatch --wait ci/job.sh\nsbatch: error: Batch job submission failed: Zero Bytes were transmitted or received\n' + E),
    # the fork saw its Maven process die mid-run: transient
    ('surefire-maven-died-guard',
     '[INFO] Running org.example.ClusterIT\nSurefire is going to kill self fork JVM. Maven process died.\n' + E),
    # a file failed only because its worker timed out starting: transient
    ('vitest-threads-timeout-file-level-guard',
     ' FAIL  src/heavy.test.ts [ src/heavy.test.ts ]\nError: [vitest-pool]: Timeout starting threads runner.\n\n Test Files  1 failed | 40 passed (41)\n' + E),
    # a truncated download during env create: transient
    ('conda-truncated-mamba-guard',
     '+ conda env create -f environment.yml\nDownloading and Extracting Packages\n\nDownloaded bytes did not match Content-Length\n  url: https://conda.anaconda.org/conda-forge/linux-64/cudatoolkit-11.8.0.conda\n' + E),
    # the spinner's lines went on to 'done', then a download's connection failed: transient [wrong on main: low, read unknown]
    ('conda-spinner-done-then-http000',
     'Solving environment: |\nSolving environment: /\nSolving environment: done\n\nCondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/conda-forge/linux-64/hdf5-1.14.3.conda>\nElapsed: -\n\nAn HTTP error occurred when trying to retrieve this URL.\nHTTP errors are often intermittent, and a simple retry will get you on your way.\n' + E),
]

# Left: none (engine 14c read the last one right).
LEFT: list[tuple[str, str]] = []

# Read real since engine 14c: CTest's failing test counts as a failed test, and an outage below it (no step or
# command line between) counts for nothing; a value mismatch whose file:line report follows it is still the last report.
FIXED_ENG14C: list[tuple[str, str]] = [
    # a test had failed before the job was preempted: not a rerun's win (CTest's per-test line alone reads nothing: unknown) [wrong on main: high, read transient]
    ('slurm-preempt-after-ctest-failed',
     ' 1/4 Test  #1: test_solver ......................***Failed    2.00 sec\n 2/4 Test  #2: test_io ..........................   Passed    0.40 sec\n      Start  3: test_mpi_big\nslurmstepd: error: *** JOB 88121 ON cn07 CANCELLED AT 2026-01-02T03:04:05 DUE TO PREEMPTION ***\n' + E),
    # CTest's test #1 failed before the time limit: not a rerun's win (the per-test line alone reads nothing: unknown) [wrong on main: high, read transient]
    ('slurm-time-limit-after-ctest-failed',
     ' 1/2 Test  #1: unit ............................***Failed    1.00 sec\n      Start  2: integration\nslurmstepd: error: *** JOB 9002 ON cn06 CANCELLED AT 2026-02-03T04:05:06 DUE TO TIME LIMIT ***\n' + E),
    # an earlier step's node failure, then a test failing on a value mismatch: real [wrong on main: high, read transient]
    ('slurm-node-failure-then-assert',
     'srun: error: Node failure on cn3\n+ srun -N 1 python -m pytest -q tests\n.......F\n    def test_norm():\n>       assert norm(v) == 5.0\nE       assert 4.999 == 5.0\ntests/test_norm.py:10: AssertionError\n' + E),
]


def test_unique_ids():
    assert_unique_ids(REAL, AMBIGUOUS, TRANSIENT, LEFT, FIXED_ENG14C)


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(AMBIGUOUS))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(FIXED_ENG14C))
def test_fixed_eng14c(log):
    reads(log, "real")
