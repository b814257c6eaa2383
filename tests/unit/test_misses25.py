"""Twenty-fifth round, the blind sets' misses (final36 a, b, c at cb7621d), read as families of the tools' own messages.

Covered: conda's package cache losing the archive it is about to extract (conda-package-handling's InvalidArchiveError
with "[Errno 2] No such file or directory" naming the archive itself, in its one-line repr as Nextflow's "Failed to create
Conda environment" quotes it and with its newlines); CMake's test discovery (gtest_discover_tests, catch_discover_tests)
stopping the test binary at its DISCOVERY_TIMEOUT or finding it fail; setuptools' pkg_resources refusing a requirement
the environment does not meet (VersionConflict, ContextualVersionConflict, DistributionNotFound); Docker's "No such
container" (a not-found answer, no longer read as an outage word); Nim's report of an exception its compile-time VM did
not catch (not a compiler rejection: what the code ran and met decides); a failing test named only for parallel work
(the log's sign of timing out needed, as for an async name).

Each case is a short log written for this test around one message as the tool prints it. Wording read in the tools'
source: conda/conda-package-handling src/conda_package_handling/exceptions.py and streaming.py, conda/conda
conda/core/package_cache_data.py (the cache removing archives it finds bad); CMake Modules/GoogleTestAddTests.cmake and
Catch2's CatchAddTests.cmake ("Error running test executable." / "  Path: " / "  Result: "), CMake's
cmExecuteProcessCommand ("Process terminated due to timeout"); setuptools pkg_resources/__init__.py (VersionConflict,
ContextualVersionConflict, DistributionNotFound templates); moby's daemon ("No such container: %s"); Nim compiler/vm.nim
(bailOut: errUnhandledExceptionX). Recalled, and marked so: Nextflow's "Failed to create Conda environment" block layout,
the text of Nim's "unhandled exception: $1", Windows' 0xc0000135 exit code for a missing DLL, testify's "Error Trace" block.
Paths, packages, hosts and tests are made up; no project's CI log is copied.

The rules the cases hold:
  * a conda archive gone between the cache's look-up and its extraction (another conda process on the same cache), CMake's
    test discovery stopped at its time limit, an unhandled exception of Nim's compile-time VM whose command met a network
    failure, a parallel-named test that timed out -> transient;
  * the environment's versions refused by pkg_resources (unless an install broke off on the network before: that failure's), a test binary that crashed or exited non-zero while CMake listed
    its tests, a real Nim compile error, Nim's VM exception with nothing else behind it, a parallel-named Go test failing
    on an assertion with no sign of time -> real;
  * a conda archive that is corrupt (not missing), a case-insensitive file system, a missing file other than the archive,
    Docker's "No such container" (a job's wrong name or a container already gone) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"

# Nextflow's report of a process whose conda environment could not be created (layout recalled)
_NF = ("ERROR ~ Error executing process > 'ALIGN:index_ref (1)'\n\n"
       "Caused by:\n"
       "  Failed to create Conda environment\n"
       "  command: conda env create --prefix /home/runner/work/flow/flow/work/conda/bwa-3a9c --file /home/runner/work/flow/flow/envs/bwa.yml\n"
       "  status : 1\n"
       "  message:\n")


def _discovery(result: str, script: str = "GoogleTestAddTests") -> str:
    # CMake Modules/GoogleTestAddTests.cmake's FATAL_ERROR as make prints it under a POST_BUILD step
    return (f"[ 84%] Linking CXX executable geometry_test\n"
            f"CMake Error at /usr/share/cmake-3.28/Modules/{script}.cmake:112 (message):\n"
            f"  Error running test executable.\n\n"
            f"    Path: '/home/runner/work/geo/build/test/geometry_test'\n"
            f"    Working directory: '/home/runner/work/geo/build/test'\n"
            f"    Result: {result}\n"
            f"    Output:\n      \n\n\n"
            f"gmake[2]: *** [test/CMakeFiles/geometry_test.dir/build.make:131: test/geometry_test] Error 1\n"
            f"gmake[2]: *** Deleting file 'test/geometry_test'\n"
            f"gmake[1]: *** [CMakeFiles/Makefile2:412: test/CMakeFiles/geometry_test.dir/all] Error 2\n")


CASES: list[tuple[str, str, str]] = [
    # ================================================================== conda's package cache
    # conda-package-handling exceptions.py ("Error with archive {fn}.  You probably need to delete and re-download or
    # re-create this file.  Message was:\n\n{msg}") over streaming.py ("failed with error: {str(e)}"): the archive
    # itself gone, quoted in its repr by Nextflow
    ("conda-archive-vanished-under-nextflow", "transient",
     _NF + "    InvalidArchiveError(\"Error with archive /home/runner/conda_pkgs_dir/zlib-1.3.1-h4ab18f5_1.conda.  You "
     "probably need to delete and re-download or re-create this file.  Message was:\\n\\nfailed with error: [Errno 2] "
     "No such file or directory: '/home/runner/conda_pkgs_dir/zlib-1.3.1-h4ab18f5_1.conda'\")\n\n" + _GHA),
    # the same printed with its newlines (conda's own error report of a CondaMultiError), a .tar.bz2 archive
    ("conda-archive-vanished-multiline", "transient",
     "Downloading and Extracting Packages\n\n"
     "CondaMultiError: Error with archive /opt/conda/pkgs/openssl-3.0.13-h4ab18f5_0.tar.bz2.  You probably need to "
     "delete and re-download or re-create this file.  Message was:\n\n"
     "failed with error: [Errno 2] No such file or directory: '/opt/conda/pkgs/openssl-3.0.13-h4ab18f5_0.tar.bz2'\n\n" + _GHA),
    # ================================================================== CMake test discovery
    # GoogleTestAddTests.cmake: execute_process(... TIMEOUT ${TEST_DISCOVERY_TIMEOUT} ... RESULT_VARIABLE result), the
    # result "Process terminated due to timeout" (cmExecuteProcessCommand)
    ("gtest-discovery-timed-out", "transient", _discovery("Process terminated due to timeout") + _GHA),
    # Catch2's CatchAddTests.cmake prints the same three lines
    ("catch2-discovery-timed-out", "transient",
     _discovery("Process terminated due to timeout", script="Catch").replace("Catch.cmake", "CatchAddTests.cmake") + _GHA),
    # the binary failing while it lists its tests: a missing DLL's exit code (recalled), a crash
    ("gtest-discovery-missing-dll", "real", _discovery("Exit code 0xc0000135") + _GHA),
    ("gtest-discovery-crashed", "real", _discovery("Segmentation fault") + _GHA),
    # ================================================================== setuptools' pkg_resources
    # pkg_resources/__init__.py: VersionConflict raised from resolve(), printed by the traceback with its args
    ("pkg-resources-version-conflict", "real",
     "$ python setup.py test\nTraceback (most recent call last):\n"
     "  File \"/home/travis/virtualenv/python3.8/lib/python3.8/site-packages/pkg_resources/__init__.py\", line 772, in resolve\n"
     "    raise VersionConflict(dist, req).with_context(dependent_req)\n"
     "pkg_resources.VersionConflict: (six 1.10.0 (/home/travis/virtualenv/python3.8/lib/python3.8/site-packages), "
     "Requirement.parse('six>=1.14'))\n"
     "The command \"python setup.py test\" exited with 1.\n"),
    # ContextualVersionConflict's report ("{dist} is installed but {req} is required by {required_by}") as a tool prints it
    ("pkg-resources-contextual-conflict", "real",
     "+ flake8 src\n"
     "ContextualVersionConflict: pyflakes 3.2.0 (/usr/lib/python3/site-packages) is installed but pyflakes<3.1.0,>=3.0.0 "
     "is required by {'flake8'}\n" + _GHA),
    # pkg_resources' missing distribution after pip's download broke off: the network's, not the pins' (downstream)
    ("pkg-resources-missing-after-network", "transient",
     "+ pip install -r requirements.txt\n"
     "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by "
     "'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2>: Failed to establish a new "
     "connection: [Errno 101] Network is unreachable')': /simple/requests/\n"
     "ERROR: Could not find a version that satisfies the requirement requests==2.31.0 (from versions: none)\n"
     "+ ./bin/run-tests\n"
     "pkg_resources.DistributionNotFound: The 'requests==2.31.0' distribution was not found and is required by the "
     "application\n" + _GHA),
    # ================================================================== Nim's compile-time VM
    # compiler/vm.nim bailOut: an exception the code run at compile time did not catch; what it ran met the network
    ("nim-vm-exception-after-git-timeout", "transient",
     "Hint: types [Processing]\nSetting up Git repo: https://github.com/acme/libfoo\n"
     "stack trace: (most recent call last)\n"
     "/home/runner/.nimble/pkgs/wrapgen-0.3.0/wrapgen/git.nim(40) execAction\n"
     "/home/runner/.choosenim/toolchains/nim-1.6.14/lib/system/assertions.nim(38) failedAssertImpl\n"
     "/home/runner/.choosenim/toolchains/nim-1.6.14/lib/system/assertions.nim(28, 11) Error: unhandled exception: "
     "/home/runner/.nimble/pkgs/wrapgen-0.3.0/wrapgen/git.nim(40, 12) `false` Command failed: 128\n"
     "git clone --depth=1 https://github.com/acme/libfoo\n"
     "fatal: unable to access 'https://github.com/acme/libfoo/': Failed to connect to github.com port 443: Connection timed out\n"
     + _GHA),
    # the compiler rejecting the source keeps its reading
    ("nim-compile-error-kept", "real",
     "Hint: used config file '/home/runner/.choosenim/toolchains/nim-2.0.2/config/nim.cfg' [Conf]\n"
     "/home/runner/work/app/app/src/app.nim(12, 5) Error: undeclared identifier: 'parseConfg'\n" + _GHA),
    # ================================================================== a test named for parallel work
    # testify's failure block (recalled) under go test's "--- FAIL:": no sign of time, the name alone
    ("go-parallel-name-assertion-only", "real",
     "=== RUN   TestParallelFetchPrefersCache\n"
     "--- FAIL: TestParallelFetchPrefersCache (0.31s)\n"
     "    fetch_test.go:88:\n"
     "        \tError Trace:\tfetch_test.go:88\n"
     "        \tError:      \tShould be true\n"
     "        \tTest:       \tTestParallelFetchPrefersCache\n"
     "        \tMessages:   \tunexpected response\n"
     "FAIL\nFAIL\tgithub.com/acme/fetcher\t0.412s\n" + _GHA),
    # the same name where the test timed out: the name counts again
    ("go-parallel-name-timed-out", "transient",
     "=== RUN   TestParallelFetchPrefersCache\n"
     "--- FAIL: TestParallelFetchPrefersCache (5.01s)\n"
     "    fetch_test.go:91: Get \"http://127.0.0.1:40213/item\": context deadline exceeded\n"
     "FAIL\nFAIL\tgithub.com/acme/fetcher\t5.122s\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a corrupt archive (zipfile's BadZipFile through streaming.py): a restored cache can keep it on every run
    ("conda-archive-corrupt",
     _NF + "    InvalidArchiveError(\"Error with archive /home/runner/conda_pkgs_dir/zlib-1.3.1-h4ab18f5_1.conda.  You "
     "probably need to delete and re-download or re-create this file.  Message was:\\n\\nfailed with error: File is not "
     "a zip file\")\n\n" + _GHA),
    # the missing file is another one than the archive (an extracted package's own file)
    ("conda-other-file-missing",
     _NF + "    InvalidArchiveError(\"Error with archive /home/runner/conda_pkgs_dir/zlib-1.3.1-h4ab18f5_1.conda.  You "
     "probably need to delete and re-download or re-create this file.  Message was:\\n\\nfailed with error: [Errno 2] "
     "No such file or directory: '/home/runner/conda_pkgs_dir/zlib-1.3.1-h4ab18f5_1/info/index.json'\")\n\n" + _GHA),
    # conda-package-handling's CaseInsensitiveFileSystemError (the same "Error with archive" opening): the file system
    ("conda-case-insensitive-fs",
     "CaseInsensitiveFileSystemError('Error with archive /Volumes/ci/pkgs/ncurses-6.5-h7bae524_1.conda.  You probably "
     "need to delete and re-download or re-create this file.  Message was:\\n\\n\\n        Cannot extract package to a "
     "case-insensitive file system.')\n" + _GHA),
    # moby's daemon: "No such container: %s" (a name the job got wrong, or a container that already exited)
    ("docker-no-such-container",
     "+ docker exec api_test_1 pytest -q\nError: No such container: api_test_1\n" + _GHA),
    # Ansible's docker connection with a host variable left unexpanded
    ("ansible-no-such-container",
     "TASK [Gathering Facts] *****\n"
     "fatal: [centos-9]: FAILED! => {\"changed\": false, \"module_stderr\": \"Error: No such container: "
     "inventory_hostname\\n\", \"module_stdout\": \"\", \"msg\": \"MODULE FAILURE\\nSee stdout/stderr for the exact "
     "error\", \"rc\": 1}\n"
     "PLAY RECAP *****\ncentos-9 : ok=0 changed=0 unreachable=0 failed=1 skipped=0 rescued=0 ignored=0\n" + _GHA),
]


_LOG = {case_id: log for case_id, _, log in CASES}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_misses25_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_misses25_ambiguous_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_conda_vanished_archive_is_read_by_its_entry():
    reads_as(_LOG["conda-archive-vanished-under-nextflow"], "transient", "conda-package-cache-archive-vanished")


def test_discovery_timeout_is_read_by_its_entry_not_as_a_missing_dependency():
    v = reads_as(_discovery("Process terminated due to timeout") + _GHA, "transient", "cmake-test-discovery-timed-out")
    assert "build-config-missing-dependency" not in {f.signature for f in v.findings}


def test_version_conflict_is_read_by_its_entry():
    reads_as(_LOG["pkg-resources-version-conflict"], "real", "pkg-resources-requirement-unmet")


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py's method (a guard against
# patterns that backtrack; a timing is a benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Error with archive /opt/conda/pkgs/x.conda.  You probably need to delete and re-download or re-create this file.  Message was:\\n\\n",
    "failed with error: [Errno 2] No such file or directory: '",
    "Error running test executable.\n    Result: ",
    "pkg_resources.VersionConflict: (",
    "VersionConflict: six 1.10.0 is installed but ",
    "pkg_resources.DistributionNotFound: The '",
    "a.nim(1, 2) Error: unhandled exception: ",
    "--- FAIL: TestParallel",
]
