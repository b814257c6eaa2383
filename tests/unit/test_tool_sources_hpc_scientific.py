"""Fourteenth round, tool sources: scientific and HPC software as CI builds and tests it: MPI launchers
(Open MPI's mpirun under ORTE and PRRTE, MPICH's Hydra mpiexec, Intel MPI), batch schedulers met in CI
(Slurm's srun/sbatch/slurmstepd, PBS), Spack, conda environments beyond the channel errors the tenth round
covered, OpenMP runtimes (libgomp, LLVM/Intel libomp), HDF5 and netCDF file access, Fortran runtimes
(libgfortran, Intel's forrtl), PETSc's error handler, and numerical-tolerance test failures.

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it is open (the comment above each case names the repository and
file holding the format string); Intel MPI and Intel Fortran's runtime are closed, and their wording rests
on Intel's documentation (the comment says so). Hosts, packages, ranks and paths are made up; no project's
CI log is copied.

The rules the cases hold:
  * a launcher or scheduler that lost a node or a daemon mid-job, a rank or task killed with SIGKILL, a
    job cancelled for node failure or preemption or its time limit, a scheduler controller that timed out
    or could not be reached, nodes busy for an immediate allocation, a Spack fetch that failed on a 5xx
    or a reset connection or a 429, Spack's wait for another installer's lock, conda's truncated download,
    HDF5's write on a full disk -> transient; so are a Slurm task OOM-killed and libgfortran's ENOMEM, read
    as the catalogue reads every OOM kill and "Cannot allocate memory" (a job's own --mem request can recur:
    the older entries' reading holds);
  * more ranks than slots, mpirun refusing root, MPI_Abort called by the program, a rank that exited
    non-zero or crashed on SIGSEGV/SIGBUS, ranks that cannot reach each other over the transports the job
    chose, Open MPI's CMA single-copy refused in a container without ptrace, an executable that does not
    exist, a node configuration, account or partition the cluster does not have, a Spack spec that does
    not concretize, a package Spack does not know, a checksum that does not match, a 404, a build that
    failed, a conda solve with no solution, pip failing inside conda env create, two OpenMP runtimes in one
    process, HDF5 locking on a file system without locks, a file that is not HDF5 or netCDF, every
    Fortran runtime error about the program's own files and arrays, PETSc's argument and signal errors, a
    Krylov solve that diverged, a numerical comparison outside its tolerance -> real;
  * a numerical comparison that fails on the last digits on one platform (a different libm, BLAS or
    compiler's FMA contraction) is real: the same image gives the same bits on a rerun, so the test's
    tolerance, not the host's moment, decides;
  * ambiguous wordings printed for both (a daemon that failed after launch or could not be started, a
    launch that hit a process limit, a user-set mpirun --timeout, an accounting/QOS refusal, Spack's bare
    "All fetchers failed", a conda solve still running when the CI's limit ended the job, libgomp or libomp
    failing to create a thread, HDF5's lock held by another process (errno 11), netCDF's bare "HDF error",
    PETSc's SIGTERM, a network-initialisation failure of MPICH or Intel MPI) -> not surely transient;
  * the tools' words inside a test's compared value are not their failure.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_DASH = "--------------------------------------------------------------------------\n"
_EQ = "===================================================================================\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Open MPI (ORTE in 4.x, PRRTE in 5.x)
    # openpmix/prrte src/mca/rmaps/base/help-prte-rmaps-base.txt [prte-rmaps-base:alloc-error] (and ORTE's
    # orte/mca/rmaps/base/help-orte-rmaps-base.txt in open-mpi/ompi v4.1.x): more ranks than the runner's cores
    ("ompi-not-enough-slots", "real",
     "$ mpirun -np 8 ./build/tests/test_halo_exchange\n" + _DASH +
     "There are not enough slots available in the system to satisfy the 8\n"
     "slots that were requested by the application:\n\n"
     "  ./build/tests/test_halo_exchange\n\n"
     "Either request fewer procs for your application, or make more slots\n"
     "available for use.\n" + _DASH + _EXIT),
    # open-mpi/ompi v4.1.x orte/orted/orted_submit.c ("%s has detected an attempt to run as root.")
    ("ompi-refuses-root", "real",
     "+ mpirun -np 2 python -m pytest tests/mpi\n" + _DASH +
     "mpirun has detected an attempt to run as root.\n\n"
     "Running as root is *strongly* discouraged as any mistake (e.g., in\n"
     "defining TMPDIR) or bug can result in catastrophic damage to the OS\n"
     "file system, leaving your system in an unusable state.\n\n"
     "We strongly suggest that you run mpirun as a non-root user.\n" + _DASH + _CIRCLE),
    # open-mpi/ompi v4.1.x orte/tools/orterun/help-orterun.txt [orterun:proc-aborted-strsignal]; prrte
    # src/mca/schizo/prte/help-prun.txt [prun:proc-aborted-strsignal]
    ("ompi-rank-segfault", "real",
     "[ci-node:04411] *** Process received signal ***\n"
     "[ci-node:04411] Signal: Segmentation fault (11)\n"
     "[ci-node:04411] Signal code: Address not mapped (1)\n"
     "[ci-node:04411] *** End of error message ***\n" + _DASH +
     "Primary job  terminated normally, but 1 process returned\n"
     "a non-zero exit code. Per user-direction, the job has been aborted.\n" + _DASH + _DASH +
     "mpirun noticed that process rank 1 with PID 4411 on node ci-node exited on signal 11 (Segmentation fault).\n"
     + _DASH + _EXIT),
    ("ompi-rank-sigkill", "transient",
     "step 120/400 residual 3.1e-04\n" + _DASH +
     "mpirun noticed that process rank 3 with PID 0 on node ci-node exited on signal 9 (Killed).\n"
     + _DASH + _EXIT),
    # open-mpi/ompi ompi/mpi/help-mpi-api.txt [mpi-abort]
    ("ompi-mpi-abort", "real",
     "rank 0: reading mesh from tests/data/mesh_small.msh\n"
     "rank 0: error: element 212 has a negative Jacobian\n" + _DASH +
     "MPI_ABORT was invoked on rank 0 in communicator MPI_COMM_WORLD\n"
     "  Proc: [[51201,1],0]\n"
     "  Errorcode: 3\n\n"
     "NOTE: invoking MPI_ABORT causes Open MPI to kill all MPI processes.\n"
     "You may or may not see output from other processes, depending on\n"
     "exactly when Open MPI kills them.\n" + _DASH + _EXIT),
    # open-mpi/ompi v4.1.x orte/tools/orterun/help-orterun.txt [orterun:non-zero-exit]
    ("ompi-rank-nonzero-exit", "real",
     "test_parallel_io.py::test_collective_write FAILED\n"
     "FAILED test_parallel_io.py::test_collective_write - AssertionError: assert 4095 == 4096\n"
     "========================= 1 failed, 12 passed in 3.40s =========================\n" + _DASH +
     "mpirun detected that one or more processes exited with non-zero status, thus causing\n"
     "the job to be terminated. The first process to do so was:\n\n"
     "  Process name: [[40112,1],1]\n"
     "  Exit code:    1\n" + _DASH + _EXIT),
    # open-mpi/ompi v4.1.x orte/mca/errmgr/base/help-errmgr-base.txt [node-died]; prrte
    # src/mca/errmgr/base/help-errmgr-base.txt [node-died]
    ("orte-lost-remote-daemon", "transient",
     "$ mpirun -np 16 --hostfile /etc/ci/hosts ./bench_allreduce\n" + _DASH +
     "ORTE has lost communication with a remote daemon.\n\n"
     "  HNP daemon   : [[21344,0],0] on node ci-head\n"
     "  Remote daemon: [[21344,0],2] on node ci-worker-2\n\n"
     "This is usually due to either a failure of the TCP network\n"
     "connection to the node, or possibly an internal failure of\n"
     "the daemon itself. We cannot recover from this failure, and\n"
     "therefore will terminate the job.\n" + _DASH + _EXIT),
    ("prte-lost-remote-daemon", "transient",
     _DASH + "PRTE has lost communication with a remote daemon.\n\n"
     "  HNP daemon   : [prterun-ci-head-5512@0,0] on node ci-head\n"
     "  Remote daemon: [prterun-ci-head-5512@0,1] on node ci-worker-1\n\n"
     "This is usually due to either a failure of the TCP network\n"
     "connection to the node, or possibly an internal failure of\n"
     "the daemon itself.\n" + _DASH + _CIRCLE),
    # open-mpi/ompi v4.1.x opal/mca/btl/vader/btl_vader_get.c ("Read %ld, expected %lu, errno = %d"), main's
    # opal/mca/smsc/cma/smsc_cma_module.c ("CMA read %ld, expected %lu, errno = %d"): process_vm_readv refused
    # (EPERM) in a container without ptrace: the same on every run in that container
    ("ompi-vader-cma-eperm-container", "real",
     "$ mpirun --allow-run-as-root -np 2 ./tests/test_bcast\n"
     "Read -1, expected 65536, errno = 1\n"
     "Read -1, expected 65536, errno = 1\n"
     "Read -1, expected 131072, errno = 1\n" + _DASH +
     "mpirun noticed that process rank 1 with PID 0 on node 3f2a9c1b7d20 exited on signal 6 (Aborted).\n"
     + _DASH + _EXIT),
    ("ompi-smsc-cma-read-eperm", "real",
     "[3f2a9c1b7d20:00231] CMA read -1, expected 262144, errno = 1\n"
     "[3f2a9c1b7d20:00232] CMA read -1, expected 262144, errno = 1\n"
     "test_reduce_large: rank 0: wrong sum at index 0\n" + _EXIT),
    # open-mpi/ompi ompi/mca/bml/r2/help-mca-bml-r2.txt [unreachable proc]
    ("ompi-unreachable-proc", "real",
     "$ OMPI_MCA_btl=vader mpirun -np 4 --host ci-a:2,ci-b:2 ./ring\n" + _DASH +
     "At least one pair of MPI processes are unable to reach each other for\n"
     "MPI communications.  This means that no Open MPI device has indicated\n"
     "that it can be used to communicate between these processes.  This is\n"
     "an error; Open MPI requires that all MPI processes be able to reach\n"
     "each other.  This error can sometimes be the result of forgetting to\n"
     "specify the \"self\" BTL.\n\n"
     "  Process 1 ([[8812,1],0]) is on host: ci-a\n"
     "  Process 2 ([[8812,1],2]) is on host: ci-b\n"
     "  BTLs attempted: vader self\n\n"
     "Your MPI job is now going to abort; sorry.\n" + _DASH + _EXIT),
    # near-miss: a launcher wrapper's own test comparing the slots message
    ("mpi-slots-words-in-assertion", "real",
     "tests/test_launcher.py::test_parses_slot_error FAILED\n"
     "E       AssertionError: assert 'oversubscribe' == 'not-enough-slots'\n"
     "E         - not-enough-slots\n"
     "E         + oversubscribe\n"
     "FAILED tests/test_launcher.py::test_parses_slot_error - AssertionError: assert 'oversubscribe' == 'not-enough-slots'\n"
     "========================= 1 failed, 30 passed in 0.91s =========================\n" + _EXIT),

    # ------------------------------------------------------------------ MPICH (Hydra)
    # pmodels/mpich src/pm/hydra/mpiexec/mpiexec.c (the "BAD TERMINATION OF ONE OF YOUR APPLICATION
    # PROCESSES" banner, "EXIT CODE: %d", "KILLED BY SIGNAL: %d (%s)", "YOUR APPLICATION TERMINATED WITH
    # THE EXIT STRING: %s")
    ("mpich-bad-termination-segv", "real",
     "$ mpiexec -n 4 ./tests/poisson_solver\n" + _EQ +
     "=   BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES\n"
     "=   PID 8812 RUNNING AT ci-runner-7\n"
     "=   EXIT CODE: 139\n"
     "=   CLEANING UP REMAINING PROCESSES\n"
     "=   YOU CAN IGNORE THE BELOW CLEANUP MESSAGES\n" + _EQ +
     "YOUR APPLICATION TERMINATED WITH THE EXIT STRING: Segmentation fault (signal 11)\n"
     "This typically refers to a problem with your application.\n"
     "Please see the FAQ page for debugging suggestions\n" + _EXIT),
    ("mpich-bad-termination-sigkill", "transient",
     "$ mpiexec -n 8 ./bench/stencil3d 512\n" + _EQ +
     "=   BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES\n"
     "=   RANK 5 PID 9120 RUNNING AT ci-runner-3\n"
     "=   KILLED BY SIGNAL: 9 (Killed)\n" + _EQ + _EXIT),
    # the same banner with SIGBUS: a /dev/shm too small for the shared-memory segments in a container,
    # which recurs in that container (or the code's own bad access)
    ("mpich-bad-termination-sigbus", "real",
     "$ mpiexec -n 2 ./tests/shm_window\n" + _EQ +
     "=   BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES\n"
     "=   RANK 0 PID 41 RUNNING AT 6b1e0f3a2c11\n"
     "=   KILLED BY SIGNAL: 7 (Bus error)\n" + _EQ + _EXIT),
    # pmodels/mpich src/mpi/errhan/errutil.c (MPIR_Handle_fatal_error / MPI_Abort: "Abort(%d) on node %d
    # (rank %d in comm %d): application called MPI_Abort(%s, %d) - process %d")
    ("mpich-mpi-abort", "real",
     "rank 0: config key 'solver.tol' missing\n"
     "Abort(1) on node 0 (rank 0 in comm 0): application called MPI_Abort(MPI_COMM_WORLD, 1) - process 0\n"
     + _EXIT),
    # pmodels/mpich src/pm/hydra/lib/utils/ (HYDU_create_process: "execvp error on file %s (%s)")
    ("mpich-execvp-missing-binary", "real",
     "$ mpiexec -n 2 ./build/bin/heat2d\n"
     "[proxy:0:0@ci-runner-2] HYDU_create_process (lib/utils/launch.c:74): execvp error on file ./build/bin/heat2d (No such file or directory)\n"
     "[proxy:0:0@ci-runner-2] HYDU_create_process (lib/utils/launch.c:74): execvp error on file ./build/bin/heat2d (No such file or directory)\n"
     + _EXIT),

    # ------------------------------------------------------------------ Slurm
    # SchedMD/slurm src/srun/allocate.c ("Unable to allocate resources: %m"), src/common/slurm_errno.c
    # ("Requested node configuration is not available")
    ("srun-node-config-not-available", "real",
     "$ srun -N 1 -n 64 --gres=gpu:4 pytest -q tests/gpu\n"
     "srun: error: Unable to allocate resources: Requested node configuration is not available\n" + _EXIT),
    # src/common/slurm_errno.c ("Invalid account or account/partition combination specified"), through
    # sbatch ("Batch job submission failed: %m")
    ("sbatch-invalid-account", "real",
     "$ sbatch --account=ci-nightly --partition=debug ci/run_tests.sbatch\n"
     "sbatch: error: Batch job submission failed: Invalid account or account/partition combination specified\n"
     + _EXIT),
    # src/common/slurm_errno.c ("Socket timed out on send/recv operation")
    ("sbatch-socket-timeout", "transient",
     "$ sbatch --wait ci/run_tests.sbatch\n"
     "sbatch: error: Batch job submission failed: Socket timed out on send/recv operation\n" + _EXIT),
    # src/common/slurm_errno.c ("Unable to contact slurm controller (connect failure)")
    ("srun-controller-connect-failure", "transient",
     "$ srun -n 4 ./tests/run_mpi_suite.sh\n"
     "srun: error: Unable to allocate resources: Unable to contact slurm controller (connect failure)\n" + _EXIT),
    # src/srun/allocate.c with --immediate (ESLURM_NODES_BUSY: "Requested nodes are busy")
    ("srun-immediate-nodes-busy", "transient",
     "$ srun --immediate=60 -N 2 ./ci/integration.sh\n"
     "srun: error: Unable to allocate resources: Requested nodes are busy\n" + _EXIT),
    # src/slurmd/slurmstepd/req.c ("*** %s ON %s CANCELLED AT %s DUE TO NODE FAILURE, SEE SLURMCTLD LOG
    # FOR DETAILS ***")
    ("slurm-node-failure", "transient",
     "Running test suite on cn017\n"
     "test_assembly ... ok\n"
     "slurmstepd: error: *** JOB 88123 ON cn017 CANCELLED AT 2026-03-02T04:11:09 DUE TO NODE FAILURE, SEE SLURMCTLD LOG FOR DETAILS ***\n"
     + _EXIT),
    # the same ("... DUE TO PREEMPTION ***")
    ("slurm-preempted", "transient",
     "test_assembly ... ok\n"
     "slurmstepd: error: *** STEP 88124.0 ON cn021 CANCELLED AT 2026-03-02T05:40:31 DUE TO PREEMPTION ***\n"
     "srun: Job step aborted: Waiting up to 32 seconds for job step to finish.\n" + _EXIT),
    # the same ("... DUE TO TIME LIMIT ***"): the job's wall-clock limit
    ("slurm-time-limit", "transient",
     "test_large_mesh ... \n"
     "slurmstepd: error: *** JOB 88125 ON cn003 CANCELLED AT 2026-03-02T06:00:12 DUE TO TIME LIMIT ***\n"
     + _EXIT),
    # src/srun/launch.c ("%s: %s %s: Exited with exit code %d"), then srun killing the other tasks
    ("srun-task-exit-code", "real",
     "FAILED tests/test_partition.py::test_balanced - assert 17 == 16\n"
     "srun: error: cn004: task 2: Exited with exit code 1\n"
     "srun: Job step aborted: Waiting up to 32 seconds for job step to finish.\n"
     "slurmstepd: error: *** STEP 88126.0 ON cn004 CANCELLED AT 2026-03-02T07:01:55 ***\n"
     "srun: error: cn004: tasks 0-1,3: Killed\n" + _EXIT),
    # src/srun/launch.c ("%s: %s %s: %s%s" with strsignal and " (core dumped)")
    ("srun-task-segfault", "real",
     "srun: error: cn009: task 0: Segmentation fault (core dumped)\n" + _EXIT),
    # near-miss: a test of a job-script parser comparing the cancellation line
    ("slurm-time-limit-words-in-assertion", "real",
     "tests/test_sacct_parse.py::test_reason_from_stderr FAILED\n"
     "E       AssertionError: assert 'NODE_FAIL' == 'TIMEOUT'\n"
     "E        +  where 'NODE_FAIL' = reason('slurmstepd: error: *** JOB 1 ON cn1 CANCELLED AT 2026-01-01T00:00:00 DUE TO TIME LIMIT ***')\n"
     "FAILED tests/test_sacct_parse.py::test_reason_from_stderr - AssertionError: assert 'NODE_FAIL' == 'TIMEOUT'\n"
     "========================= 1 failed, 88 passed in 1.20s =========================\n" + _EXIT),

    # ------------------------------------------------------------------ PBS
    # openpbs/openpbs src/resmom/mom_main.c ("=>> PBS: job killed: walltime %ld exceeded limit %ld")
    ("pbs-walltime-exceeded", "transient",
     "Running regression case 14/20: channel_flow\n"
     "=>> PBS: job killed: walltime 3624 exceeded limit 3600\n"
     "mpirun: killing job...\n" + _EXIT),

    # ------------------------------------------------------------------ Spack
    # spack/spack lib/spack/spack/stage.py ("All fetchers failed for {0}") with curl's 503 from the mirror
    ("spack-fetch-503", "transient",
     "==> Fetching https://mirror.example.org/_source-cache/archive/ab/ab12cd34.tar.gz\n"
     "curl: (22) The requested URL returned error: 503\n"
     "==> Fetching from https://mirror.example.org/_source-cache/archive/ab/ab12cd34.tar.gz failed.\n"
     "==> Error: FetchError: All fetchers failed for spack-stage-zlib-ng-2.2.1-q3x7d2abcdefghijk\n" + _EXIT),
    ("spack-fetch-reset", "transient",
     "==> Fetching https://downloads.example.org/libfrob/libfrob-1.4.2.tar.gz\n"
     "curl: (56) Recv failure: Connection reset by peer\n"
     "==> Fetching from https://downloads.example.org/libfrob/libfrob-1.4.2.tar.gz failed.\n"
     "==> Error: FetchError: All fetchers failed for spack-stage-libfrob-1.4.2-m2n3o4p5q6r7s8t9\n" + _EXIT),
    ("spack-fetch-404", "real",
     "==> Fetching https://downloads.example.org/libfrob/libfrob-9.9.9.tar.gz\n"
     "curl: (22) The requested URL returned error: 404\n"
     "==> Fetching from https://downloads.example.org/libfrob/libfrob-9.9.9.tar.gz failed.\n"
     "==> Error: FetchError: All fetchers failed for spack-stage-libfrob-9.9.9-x1y2z3a4b5c6d7e8\n" + _EXIT),
    # lib/spack/spack/fetch_strategy.py (ChecksumError: "{hash} checksum failed for {file}", "Expected ...
    # but got ...")
    ("spack-checksum-failed", "real",
     "==> Fetching https://downloads.example.org/libfrob/libfrob-1.4.2.tar.gz\n"
     "==> Error: sha256 checksum failed for /tmp/ci/spack-stage/spack-stage-libfrob-1.4.2-abc/libfrob-1.4.2.tar.gz\n"
     "    Expected 9f1e0d2c3b4a59687766554433221100ffeeddccbbaa99887766554433221100 but got 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef. File size = 402112 bytes.\n"
     + _EXIT),
    # lib/spack/spack/solver/asp.py ("concretization failed for the following reasons:")
    ("spack-concretization-failed", "real",
     "$ spack -e ci concretize -f\n"
     "==> Error: concretization failed for the following reasons:\n\n"
     "   1. Cannot satisfy 'cmake@3.31:'\n"
     "   2. Cannot satisfy 'cmake@:3.20'\n"
     "        required because hydrokit depends on cmake@:3.20\n" + _EXIT),
    # lib/spack/spack/repo.py (UnknownPackageError: "Package '{name}' not found.")
    ("spack-unknown-package", "real",
     "$ spack install libfrobnicatorx@2.1\n"
     "==> Error: Package 'libfrobnicatorx' not found.\n" + _EXIT),
    # lib/spack/spack/util/executable.py (ProcessError "Command exited with status %d:") and
    # lib/spack/spack/build_environment.py ("%d errors found in build log:")
    ("spack-build-error", "real",
     "==> Installing hydrokit-0.4.0-qwerty123\n"
     "==> Error: ProcessError: Command exited with status 2:\n"
     "    'make' '-j8'\n\n"
     "1 error found in build log:\n"
     "     41    [ 62%] Building C object src/CMakeFiles/hydro.dir/flux.c.o\n"
     "  >> 42    /tmp/ci/spack-stage/hydrokit/src/flux.c:88:5: error: 'ghost_width' undeclared (first use in this function)\n"
     "See build log for details:\n"
     "  /tmp/ci/spack-stage/spack-stage-hydrokit-0.4.0-qwerty123/spack-build-out.txt\n" + _EXIT),
    # lib/spack/llnl/util/lock.py (LockTimeoutError "Timed out waiting for a write lock."), reported by
    # lib/spack/spack/installer.py ("Failed to install {0} due to {1}: {2}")
    ("spack-lock-timeout", "transient",
     "==> Waiting for libfrob-1.4.2-m2n3o4p5, being installed by another process\n"
     "==> Error: Failed to install libfrob due to LockTimeoutError: Timed out waiting for a write lock.\n" + _EXIT),

    # ------------------------------------------------------------------ conda
    # conda/conda conda/exceptions.py (UnsatisfiableError: "The following specifications were found to be
    # incompatible with each other:")
    ("conda-classic-unsatisfiable", "real",
     "Collecting package metadata (repodata.json): done\n"
     "Solving environment: failed\n\n"
     "UnsatisfiableError: The following specifications were found to be incompatible with each other:\n\n"
     "Output in format: Requested package -> Available versions\n\n"
     "Package python conflicts for:\n"
     "hydrokit=0.4 -> python[version='>=3.12']\n"
     "python=3.9\n" + _EXIT),
    # conda/conda conda/gateways/connection/download.py ("Downloaded bytes did not match Content-Length")
    ("conda-truncated-download", "transient",
     "Downloading and Extracting Packages:\n"
     "libopenblas-0.3.28  | 5.6 MB    | ######4    |  64%\n"
     "CondaError: Downloaded bytes did not match Content-Length\n"
     "  url: https://conda.example.org/conda-forge/linux-64/libopenblas-0.3.28-pthreads_h94d23a6_0.conda\n"
     "  target_path: /home/ci/miniconda3/pkgs/libopenblas-0.3.28-pthreads_h94d23a6_0.conda\n"
     "  Content-Length: 5874112\n"
     "  downloaded bytes: 3776512\n" + _EXIT),
    # conda/conda conda/env/installers/pip.py ("Pip subprocess error:"), conda/exceptions.py
    # (CondaEnvException "Pip failed")
    ("conda-env-pip-failed", "real",
     "Installing pip dependencies: / Ran pip subprocess with arguments:\n"
     "['/home/ci/miniconda3/envs/test/bin/python', '-m', 'pip', 'install', '-U', '-r', '/src/condaenv.req.txt']\n"
     "Pip subprocess output:\n\n"
     "Pip subprocess error:\n"
     "ERROR: Could not find a version that satisfies the requirement hydrokit-extras==9.1 (from versions: 0.1, 0.2)\n"
     "ERROR: No matching distribution found for hydrokit-extras==9.1\n\n"
     "failed\n\n"
     "CondaEnvException: Pip failed\n" + _EXIT),

    # ------------------------------------------------------------------ OpenMP
    # llvm/llvm-project openmp/runtime/src/i18n/en_US.txt (DuplicateLibrary "OMP: Error #15: Initializing
    # %1$s, but found %2$s already initialized.", and its hint)
    ("libomp-duplicate-runtime", "real",
     "tests/test_embed.py::test_index_roundtrip \n"
     "OMP: Error #15: Initializing libomp.dylib, but found libomp.dylib already initialized.\n"
     "OMP: Hint This means that multiple copies of the OpenMP runtime have been linked into the program. That is dangerous, since it can degrade performance or cause incorrect results.\n"
     "Fatal Python error: Aborted\n" + _EXIT),

    # ------------------------------------------------------------------ HDF5 / netCDF
    # HDFGroup/hdf5 src/H5FDsec2.c (H5FD__sec2_lock: HSYS_GOTO_ERROR "unable to lock file", which appends
    # ", errno = %d, error message = '%s'"): a file system without flock (errno 38): every run on it
    ("hdf5-lock-enosys", "real",
     "E   OSError: [Errno 38] Unable to synchronously open file (unable to lock file, errno = 38, error message = 'Function not implemented')\n"
     "FAILED tests/test_store.py::test_roundtrip - OSError: [Errno 38] Unable to synchronously open file (unable to lock file, errno = 38, error message = 'Function not implemented')\n"
     "========================= 1 failed, 40 passed in 2.10s =========================\n" + _EXIT),
    # src/H5Fsuper.c ("file signature not found") as h5py reports it
    ("hdf5-signature-not-found", "real",
     "E   OSError: Unable to synchronously open file (file signature not found)\n"
     "FAILED tests/test_load.py::test_reference_grid - OSError: Unable to synchronously open file (file signature not found)\n"
     "========================= 1 failed, 9 passed in 0.80s =========================\n" + _EXIT),
    # Unidata/netcdf-c libdispatch/derror.c ("NetCDF: Unknown file format"), netcdf4-python's OSError
    ("netcdf-unknown-format", "real",
     "E   OSError: [Errno -51] NetCDF: Unknown file format: '/src/tests/data/grid_small.nc'\n"
     "FAILED tests/test_regrid.py::test_bilinear - OSError: [Errno -51] NetCDF: Unknown file format: '/src/tests/data/grid_small.nc'\n"
     "========================= 1 failed, 22 passed in 1.30s =========================\n" + _EXIT),

    # ------------------------------------------------------------------ Fortran runtimes
    # gcc libgfortran/io/open.c ("Cannot open file '%s': %s") with libgfortran/runtime/error.c ("At line %d
    # of file %s", "Fortran runtime error: ")
    ("gfortran-cannot-open-file", "real",
     "At line 42 of file src/read_input.f90 (unit = 10)\n"
     "Fortran runtime error: Cannot open file 'namelist.in': No such file or directory\n\n"
     "Error termination. Backtrace:\n"
     "#0  0x7f1c2a in read_input_\n" + _EXIT),
    # gcc gcc/fortran/trans-array.cc (-fcheck=bounds: "Index '%%ld' of dimension %d of array '%s' above
    # upper bound of %%ld")
    ("gfortran-bounds-check", "real",
     "At line 118 of file src/stencil.f90\n"
     "Fortran runtime error: Index '65' of dimension 1 of array 'u' above upper bound of 64\n\n"
     "Error termination. Backtrace:\n" + _EXIT),
    # libgfortran/runtime/compile_options.c (backtrace_handler: "Program received signal SIGSEGV:
    # Segmentation fault - invalid memory reference.", "Backtrace for this error:")
    ("gfortran-sigsegv", "real",
     "\nProgram received signal SIGSEGV: Segmentation fault - invalid memory reference.\n\n"
     "Backtrace for this error:\n"
     "#0  0x7f3a1b2c in ???\n"
     "#1  0x401a2f in __solver_MOD_sweep at src/solver.f90:201\n"
     "Segmentation fault (core dumped)\n" + _EXIT),
    # libgfortran/io/transfer.c (LIBERROR_END: "End of file")
    ("gfortran-end-of-file", "real",
     "At line 57 of file src/mesh_io.f90 (unit = 11, file = 'tests/data/mesh.dat')\n"
     "Fortran runtime error: End of file\n\n"
     "Error termination. Backtrace:\n" + _EXIT),
    # Intel Fortran runtime error messages (documentation: Intel Fortran Compiler Developer Guide, "List of
    # Run-Time Error Messages": "forrtl: severe (174): SIGSEGV, segmentation fault occurred")
    ("ifort-sigsegv", "real",
     "forrtl: severe (174): SIGSEGV, segmentation fault occurred\n"
     "Image              PC                Routine            Line        Source\n"
     "solver.x           00000000004A1B2C  sweep_                    201  solver.f90\n" + _EXIT),

    # ------------------------------------------------------------------ PETSc
    # petsc/petsc src/sys/error/errtrace.c (PetscTraceBackErrorHandler: "--------------------- Error Message
    # ---", the error class text), src/mat/impls/aij/seq/aij.h ("New nonzero at (%d,%d) caused a malloc")
    ("petsc-new-nonzero-malloc", "real",
     "[0]PETSC ERROR: --------------------- Error Message --------------------------------------------------------------\n"
     "[0]PETSC ERROR: Argument out of range\n"
     "[0]PETSC ERROR: New nonzero at (12,57) caused a malloc\n"
     "[0]PETSC ERROR: Use MatSetOption(A, MAT_NEW_NONZERO_ALLOCATION_ERR, PETSC_FALSE) to turn off this check\n"
     "[0]PETSC ERROR: #1 MatSetValues_SeqAIJ() at /opt/petsc/src/mat/impls/aij/seq/aij.c:497\n" + _EXIT),
    # src/sys/error/signal.c (PetscSignalHandlerDefault: "Caught signal number %d %s")
    ("petsc-sigsegv", "real",
     "[1]PETSC ERROR: ------------------------------------------------------------------------\n"
     "[1]PETSC ERROR: Caught signal number 11 SEGV: Segmentation Violation, probably memory access out of range\n"
     "[1]PETSC ERROR: Try option -start_in_debugger or -on_error_attach_debugger\n" + _EXIT),
    # src/ksp/ksp/interface/itfunc.c ("Linear solve did not converge due to %s iterations %d")
    ("petsc-ksp-diverged", "real",
     "  0 KSP Residual norm 1.000000000000e+00\n"
     "  1 KSP Residual norm 3.512000000000e+04\n"
     "Linear solve did not converge due to DIVERGED_DTOL iterations 1\n"
     "FAILED tests/test_poisson.py::test_converges - RuntimeError: KSP did not converge\n" + _EXIT),

    # ------------------------------------------------------------------ numerical tolerance
    # numpy/numpy numpy/testing/_private/utils.py (assert_allclose -> assert_array_compare: "Not equal to
    # tolerance rtol=%g, atol=%g", "Mismatched elements:", "Max absolute difference", "Max relative
    # difference"): a last-digit difference on one platform; the same image gives the same bits again
    ("numpy-allclose-last-digit", "real",
     "tests/test_fft.py::test_roundtrip[float64] FAILED\n"
     "E       AssertionError: \n"
     "E       Not equal to tolerance rtol=1e-15, atol=0\n"
     "E       \n"
     "E       Mismatched elements: 1 / 256 (0.391%)\n"
     "E       Max absolute difference among violations: 4.4408921e-16\n"
     "E       Max relative difference among violations: 2.22044605e-15\n"
     "FAILED tests/test_fft.py::test_roundtrip[float64] - AssertionError: \n"
     "========================= 1 failed, 311 passed in 8.20s =========================\n" + _EXIT),
    # the same file (assert_array_almost_equal: "Arrays are not almost equal to %d decimals")
    ("numpy-almost-equal-decimals", "real",
     "E       AssertionError: \n"
     "E       Arrays are not almost equal to 7 decimals\n"
     "E       \n"
     "E       Mismatched elements: 2 / 9 (22.2%)\n"
     "FAILED tests/test_rotation.py::test_compose - AssertionError: \n"
     "========================= 1 failed, 54 passed in 1.02s =========================\n" + _EXIT),
    # pytest-dev/pytest src/_pytest/python_api.py (ApproxScalar repr "{expected} ± {tolerance}")
    ("pytest-approx-last-digit", "real",
     "E       assert 0.30000000000000004 == 0.3 ± 1.0e-17\n"
     "FAILED tests/test_sum.py::test_kahan_sum - assert 0.30000000000000004 == 0.3 ± 1.0e-17\n"
     "========================= 1 failed, 12 passed in 0.11s =========================\n" + _EXIT),
    # google/googletest googletest/src/gtest.cc (DoubleNearPredFormat: "The difference between %s and %s is
    # %s, which exceeds %s, where")
    ("gtest-expect-near", "real",
     "[ RUN      ] Quadrature.GaussLegendre8\n"
     "/src/tests/quad_test.cc:41: Failure\n"
     "The difference between integral and 2.0 is 8.8817841970012523e-16, which exceeds 1e-16, where\n"
     "integral evaluates to 2.0000000000000009,\n"
     "2.0 evaluates to 2, and\n"
     "1e-16 evaluates to 9.9999999999999998e-17.\n"
     "[  FAILED  ] Quadrature.GaussLegendre8 (0 ms)\n"
     "[  FAILED  ] 1 test, listed below:\n" + _EXIT),
    # ------------------------------------------------------------------ more outages of the same tools
    # SchedMD/slurm src/srun/launch.c and src/plugins/task/cgroup/task_cgroup_memory.c ("Detected %lu oom_kill
    # event%s in %ps. Some of the step tasks have been OOM Killed.", "%s: %s %s: Out Of Memory"): read as the
    # catalogue reads every OOM kill (the job's own --mem request can recur; the older entries' reading holds)
    ("srun-task-oom", "transient",
     "slurmstepd: error: Detected 1 oom_kill event in StepId=88127.0. Some of the step tasks have been OOM Killed.\n"
     "srun: error: cn012: task 0: Out Of Memory\n" + _EXIT),
    # gcc libgfortran/runtime/memory.c (xmalloc: os_error "Allocation would exceed memory limit") after
    # ENOMEM: read as the catalogue reads "Cannot allocate memory"
    ("gfortran-allocation-exceeds-limit", "transient",
     "Operating system error: Cannot allocate memory\n"
     "Allocation would exceed memory limit\n\n"
     "Error termination. Backtrace:\n" + _EXIT),
    # SchedMD/slurm src/srun/allocate.c ("Node failure on %s")
    ("srun-node-failure-on", "transient",
     "test_assembly ... ok\n"
     "srun: error: Node failure on cn031\n"
     "srun: Job step aborted: Waiting up to 32 seconds for job step to finish.\n" + _EXIT),
    # src/common/slurm_errno.c ("Zero Bytes were transmitted or received") through sbatch
    ("sbatch-zero-bytes", "transient",
     "$ sbatch --wait ci/nightly.sbatch\n"
     "sbatch: error: Batch job submission failed: Zero Bytes were transmitted or received\n" + _EXIT),
    # src/slurmd/slurmstepd/req.c ("... DUE TO JOB REQUEUE ***")
    ("slurm-requeued", "transient",
     "slurmstepd: error: *** JOB 88131 ON cn040 CANCELLED AT 2026-03-02T09:15:00 DUE TO JOB REQUEUE ***\n" + _EXIT),
    # openpmix/prrte src/mca/schizo/prte/help-prun.txt [prun:proc-aborted-strsignal] under prterun (Open MPI 5)
    ("prterun-rank-sigkill", "transient",
     _DASH + "prterun noticed that process rank 0 with PID 7312 on node ci-node exited on signal 9 (Killed).\n"
     + _DASH + _CIRCLE),
    # HDFGroup/hdf5 src/H5FDsec2.c (write: HSYS_GOTO_ERROR "file write failed" with errno 28): a full disk
    ("hdf5-write-disk-full", "transient",
     "E   OSError: [Errno 28] Can't synchronously write data (file write failed: time = Mon Mar  2 10:01:12 2026, filename = '/tmp/ci/out/fields.h5', file descriptor = 12, errno = 28, error message = 'No space left on device', buf = 0x5581a2, total write size = 8388608, bytes this sub-write = 8388608, bytes actually written = 18446744073709551615, offset = 0)\n"
     + _EXIT),

    # SchedMD/slurm src/srun/launch.c ("Unable to create step for job %u: %m") with slurm_errno.c's
    # "Socket timed out on send/recv operation"
    ("srun-create-step-socket-timeout", "transient",
     "$ srun -n 8 ./tests/run_mpi_suite.sh\n"
     "srun: error: Unable to create step for job 88140: Socket timed out on send/recv operation\n" + _EXIT),
    # spack/spack lib/spack/spack/stage.py ("All fetchers failed for {0}") after the mirror's 429
    ("spack-fetch-429", "transient",
     "==> Fetching https://mirror.example.org/_source-cache/archive/c3/c3d4e5f6.tar.gz\n"
     "curl: (22) The requested URL returned error: 429\n"
     "==> Fetching from https://mirror.example.org/_source-cache/archive/c3/c3d4e5f6.tar.gz failed.\n"
     "==> Error: FetchError: All fetchers failed for spack-stage-openblas-0.3.28-f4g5h6i7j8k9\n" + _EXIT),
    # Hydra's SIGKILL banner for the only rank, with no abort or crash before it
    ("mpich-single-rank-sigkill", "transient",
     "$ mpiexec -n 1 ./tests/big_fft 4096\n" + _EQ +
     "=   BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES\n"
     "=   RANK 0 PID 311 RUNNING AT ci-runner-9\n"
     "=   KILLED BY SIGNAL: 9 (Killed)\n" + _EQ + _CIRCLE),
    # a Slurm step cancelled for node failure, then srun's own summary of the killed tasks
    ("slurm-step-node-failure-tasks-killed", "transient",
     "slurmstepd: error: *** STEP 88141.0 ON cn044 CANCELLED AT 2026-03-02T11:20:00 DUE TO NODE FAILURE, SEE SLURMCTLD LOG FOR DETAILS ***\n"
     "srun: Job step aborted: Waiting up to 32 seconds for job step to finish.\n"
     "srun: error: cn044: tasks 0-3: Killed\n" + _EXIT),

    # ------------------------------------------------------------------ near-misses for the new entries
    # MPICH: a rank called MPI_Abort and Hydra killed the others with SIGKILL: the abort is the cause
    ("mpich-abort-then-ranks-killed", "real",
     "Abort(2) on node 1 (rank 1 in comm 0): application called MPI_Abort(MPI_COMM_WORLD, 2) - process 1\n"
     + _EQ + "=   BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES\n"
     "=   RANK 0 PID 5120 RUNNING AT ci-runner-2\n"
     "=   KILLED BY SIGNAL: 9 (Killed)\n" + _EQ + _EXIT),
    # a scheduler client's own test naming node failure in its title and failing on a plain comparison
    ("slurm-node-failure-test-title", "real",
     "tests/test_slurm_client.py::test_requeues_on_node_failure FAILED\n"
     "E       assert 'PENDING' == 'REQUEUED'\n"
     "FAILED tests/test_slurm_client.py::test_requeues_on_node_failure - assert 'PENDING' == 'REQUEUED'\n"
     "========================= 1 failed, 41 passed in 0.52s =========================\n" + _EXIT),
    # an MPI test harness's own log line quoting the launcher, then the test's own failing comparison
    ("mpi-daemon-lost-quoted-in-assertion", "real",
     "E       AssertionError: classify('PRTE has lost communication with a remote daemon.') returned 'config'\n"
     "FAILED tests/test_triage.py::test_lost_daemon_is_infra - AssertionError: classify('PRTE has lost communication with a remote daemon.') returned 'config'\n"
     "========================= 1 failed, 7 passed in 0.20s =========================\n" + _EXIT),
    # a Fortran program that stops on its own check (STOP with a code): the code's own decision
    ("gfortran-error-stop", "real",
     " iteration 200 residual 4.2E-01\n"
     " solver did not converge\n"
     "ERROR STOP 2\n\n"
     "Error termination. Backtrace:\n" + _EXIT),
    # tests had already failed when the scheduler's time limit ended the job: the failures recur
    ("slurm-time-limit-after-failed-test", "real",
     "FAILED tests/test_mesh.py::test_refine - assert 1024 == 1000\n"
     "========================= 1 failed, 3 passed in 1.02s =========================\n"
     "slurmstepd: error: *** JOB 88150 ON cn001 CANCELLED AT 2026-03-02T12:00:00 DUE TO TIME LIMIT ***\n" + _EXIT),
    # a scheduler client's test (pytest.raises) whose report quotes srun's message
    ("srun-busy-inside-pytest-raises-report", "real",
     "tests/test_client.py::test_busy_raises FAILED\n"
     "E       Failed: DID NOT RAISE <class 'client.NodesBusy'>\n"
     "E       stderr was: srun: error: Unable to allocate resources: Requested nodes are busy\n"
     "FAILED tests/test_client.py::test_busy_raises - Failed: DID NOT RAISE <class 'client.NodesBusy'>\n" + _EXIT),
    # an application's own INFO line relaying a cancellation, then a failing test of the application
    ("slurm-node-failure-in-app-info-line", "real",
     "2026-03-02 10:00:00,101 INFO monitor: relayed: *** JOB 1 ON cn1 CANCELLED AT 2026-03-02T00:00:00 DUE TO NODE FAILURE, SEE SLURMCTLD LOG FOR DETAILS ***\n"
     "FAILED tests/test_mon.py::test_count - assert 2 == 3\n"
     "========================= 1 failed, 3 passed in 1.00s =========================\n" + _EXIT),
    # a rank SIGKILLed after the test on another rank had failed: the failing test decides
    ("mpi-rank-sigkill-beside-failed-test", "real",
     "FAILED tests/test_par.py::test_allreduce_sum - assert 10 == 12\n" + _DASH +
     "mpirun noticed that process rank 1 with PID 912 on node ci-node exited on signal 9 (Killed).\n" + _DASH + _EXIT),
    # a test named for conda's message failing on its own comparison
    ("conda-truncated-words-in-test-title", "real",
     "tests/test_dl.py::test_downloaded_bytes_did_not_match_content_length FAILED\n"
     "E   assert 'ok' == 'retry'\n"
     "FAILED tests/test_dl.py::test_downloaded_bytes_did_not_match_content_length - assert 'ok' == 'retry'\n" + _EXIT),
    # conda's spinner that did finish ("done") before a test failed: the solve is not the failure
    ("conda-solve-done-then-test-fails", "real",
     "Solving environment: ...working... done\n"
     "FAILED tests/test_io.py::test_read_grib - AssertionError: assert 3 == 4\n"
     "========================= 1 failed, 60 passed in 4.01s =========================\n" + _EXIT),

]

# Printed both by an outage and by a persistent cause; one log cannot tell them apart.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # openpmix/prrte src/mca/errmgr/base/help-errmgr-base.txt [failed-daemon] (no common interface in a
    # container network recurs; a node that went away does not)
    ("prte-daemon-failed-after-launch",
     _DASH + "An PRTE daemon has unexpectedly failed after launch and before\n"
     "communicating back to mpirun. This could be caused by a number\n"
     "of factors, including an inability to create a connection back\n"
     "to mpirun due to a lack of common network interfaces and/or no\n"
     "route found between them. Please check network connectivity\n"
     "(including firewalls and network routing requirements).\n" + _DASH + _EXIT),
    # open-mpi/ompi v4.1.x orte/mca/errmgr/base/help-errmgr-base.txt [failed-daemon-launch]
    ("orte-unable-to-start-daemons",
     _DASH + "ORTE was unable to reliably start one or more daemons.\n"
     "This usually is caused by:\n\n"
     "* not finding the required libraries and/or binaries on\n"
     "  one or more nodes. Please check your PATH and LD_LIBRARY_PATH\n"
     "  settings, or configure OMPI with --enable-orterun-prefix-by-default\n" + _DASH + _EXIT),
    # prrte src/mca/schizo/prte/help-prun.txt [prun:sys-limit-children]
    ("prte-sys-limit-children",
     _DASH + "prterun was unable to launch the specified application as it encountered an\nerror:\n\n"
     "Error: system limit exceeded on number of processes that can be\nstarted\n\n"
     "   Node: ci-runner-4\n\n"
     "when attempting to start process rank 6.\n" + _DASH + _EXIT),
    # open-mpi/ompi v4.1.x orte/tools/orterun/help-orterun.txt [orterun:timeout]: a hung rank (a deadlock
    # in the code) as often as a slow host
    ("ompi-user-timeout",
     _DASH + "The user-provided time limit for job execution has been reached:\n\n"
     "  Timeout: 600 seconds\n\n"
     "The job will now be aborted.  Please check your code and/or\n"
     "adjust/remove the job execution time limit (as specified by --timeout\n"
     "command line option or MPIEXEC_TIMEOUT environment variable).\n" + _DASH + _EXIT),
    # pmodels/mpich src/mpid/ch4/netmod/ofi/ (MPIDI_OFI_mpi_init_hook: "OFI addrinfo() failed"): the
    # container's network namespace, which recurs, or a provider that failed at that moment
    ("mpich-ofi-init-failed",
     "Abort(1091215) on node 0 (rank 0 in comm 0): Fatal error in PMPI_Init: Other MPI error, error stack:\n"
     "MPIR_Init_thread(196)........:\n"
     "MPID_Init(1538)..............:\n"
     "MPIDI_OFI_mpi_init_hook(1552): OFI addrinfo() failed (ofi_init.c:1552:MPIDI_OFI_mpi_init_hook:No data available)\n"
     + _EXIT),
    # Intel MPI (closed; documentation: Intel MPI Library Developer Guide, "Troubleshooting" /
    # "Error Message: Bad Termination" and Hydra's bootstrap errors)
    ("intel-mpi-bstrap-proxy",
     "[mpiexec@ci-head] check_exit_codes (../../../../../src/pm/i_hydra/libhydra/demux/hydra_demux_poll.c:117): unable to run bstrap_proxy on ci-worker-2 (pid 5512, exit code 65280)\n"
     "[mpiexec@ci-head] HYD_sock_write (../../../../../src/pm/i_hydra/libhydra/sock/hydra_sock_intel.c:357): write error (Bad file descriptor)\n"
     + _EXIT),
    # src/common/slurm_errno.c (ESLURM_ACCOUNTING_POLICY: "Job violates accounting/QOS policy (job submit
    # limit, user's size and/or time limits)"): a full submit queue or a request over the limits
    ("sbatch-qos-policy",
     "sbatch: error: QOSMaxSubmitJobPerUserLimit\n"
     "sbatch: error: Batch job submission failed: Job violates accounting/QOS policy (job submit limit, user's size and/or time limits)\n"
     + _EXIT),
    # spack/spack lib/spack/spack/stage.py ("All fetchers failed for {0}") with no cause shown
    ("spack-all-fetchers-bare",
     "==> Error: FetchError: All fetchers failed for spack-stage-libfrob-1.4.2-m2n3o4p5q6r7s8t9\n" + _EXIT),
    # conda's solver still running when CircleCI's no-output limit ended the job (conda/common/io.py Spinner:
    # "Solving environment: " then "...working..." and "done"/"failed"): a solve that takes that long (an
    # unpinned environment, many channels) recurs, so the limit is no sure outage
    ("conda-solving-working-then-killed",
     "Channels:\n - conda-forge\n - bioconda\nPlatform: linux-64\n"
     "Collecting package metadata (repodata.json): ...working... done\n"
     "Solving environment: ...working...\n"
     "Too long with no output (exceeded 10m0s): context deadline exceeded\n"),
    # gcc libgomp/team.c (gomp_fatal "Thread creation failed: %s"): a pids limit in the container or a
    # crowded host
    ("libgomp-thread-creation-failed",
     "libgomp: Thread creation failed: Resource temporarily unavailable\n" + _EXIT),
    # llvm/llvm-project openmp/runtime/src/i18n/en_US.txt (CantCreateThread / "Function %1$s failed:")
    ("libomp-pthread-create-failed",
     "OMP: Error #34: System unable to allocate necessary resources for OMP thread:\n"
     "OMP: System error #11: Resource temporarily unavailable\n"
     "OMP: Hint Try decreasing the value of OMP_NUM_THREADS.\n" + _EXIT),
    # HDFGroup/hdf5 src/H5FDsec2.c (errno 11: another process holds the file: two tests sharing one file,
    # a race that may or may not recur)
    ("hdf5-lock-eagain",
     "E   BlockingIOError: [Errno 11] Unable to synchronously open file (unable to lock file, errno = 11, error message = 'Resource temporarily unavailable')\n"
     "FAILED tests/test_cache.py::test_reopen - BlockingIOError: [Errno 11] Unable to synchronously open file (unable to lock file, errno = 11, error message = 'Resource temporarily unavailable')\n"
     + _EXIT),
    # Unidata/netcdf-c libdispatch/derror.c ("NetCDF: HDF error"): HDF5's failure underneath, most often a
    # lock or a file opened twice
    ("netcdf-hdf-error",
     "E   OSError: [Errno -101] NetCDF: HDF error: '/tmp/ci/out/run_3.nc'\n" + _EXIT),
    # petsc/petsc src/sys/error/signal.c ("Caught signal number 15 Terminate: Some process (or the batch
    # system) has told this process to end"): the launcher ending ranks after another failed, or a time limit
    ("petsc-sigterm",
     "[2]PETSC ERROR: ------------------------------------------------------------------------\n"
     "[2]PETSC ERROR: Caught signal number 15 Terminate: Some process (or the batch system) has told this process to end\n"
     "[2]PETSC ERROR: Try option -start_in_debugger or -on_error_attach_debugger\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_hpc_scientific_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_hpc_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "There are not enough slots available in the system to satisfy the ",
    "[ci:1] [ci:2] CMA read -1, expected 8, errno = 1 read -1, expected ",
    "noticed that process rank 1 with PID 2 on node x exited on signal ",
    "*** JOB 1 ON cn1 CANCELLED AT 2026 DUE TO *** STEP 1 ON cn CANCELLED AT ",
    "=>> PBS: job killed: walltime 1 exceeded limit ",
    "Solving environment: ...working... Solving environment: ",
    "forrtl: severe (41): forrtl: severe (174): PETSC ERROR: Caught signal number ",
    "execvp error on file a (No such file or directory) execvp error on file ",
]
