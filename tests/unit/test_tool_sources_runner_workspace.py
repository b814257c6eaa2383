"""Twentieth round, tool sources: what a CI runner's host, its workspace and its source checkout print when
they, not the change, fail.

Covered: locks another process holds (git's lock files under a checkout or a fetch: index.lock, shallow.lock,
a ref's lock, the global config's lock; Cargo's "Blocking waiting for file lock" until the job's limit; Bazel's
"Another command (...) is running" in its waiting and its --noblock_for_lock forms; Gradle's journal and
execution-history locks; apt's dpkg frontend lock held by the image's unattended upgrade; NuGet's package
folder; Windows' sharing violation as Jenkins' java.nio FileSystemException, as MSBuild's MSB4018 over an
IOException, as yarn's EBUSY and pnpm's EPERM rename), a workspace that does not go away (coreutils' rm on
"Device or resource busy" and "Directory not empty", Docker's "unable to remove filesystem" through GitLab
runner, Jenkins' "Failed to clean the workspace" for a file in use and for files it may not delete, an Azure
Pipelines TFVC workspace that already exists on the computer), git's transport from the CI systems' checkout
steps (Azure Pipelines' fetch retries, Jenkins' git plugin, GitLab's get_sources, CircleCI's checkout,
Travis' clone: curl 18/56/92 under "RPC failed", "bytes of body are still expected", a 502/503 answer,
GnuTLS' "Error in the pull/push function", OpenSSL's SSL_ERROR_SYSCALL, a connect that timed out), Git LFS
(its batch API answering 429 or 5xx, a smudge that failed on a download; a repository over its LFS bandwidth
quota), submodules cloned over a dropped connection, and the persistent checkout causes in these CI systems'
words (a missing commit, a missing ref, a refused key, a host key that is not known), the runner's clock
(make's "Clock skew detected" beside the real error, apt's Release file "not valid yet" in an image build,
curl's "certificate is not yet valid" under git), descriptors ("Too many open files" in the Gradle daemon vs
a test's own leak check), a full /tmp, a full disk under git's checkout and under the runner's own
diagnostics, and inodes used up while df shows free blocks.

Already covered elsewhere and not repeated: MSBuild's MSB3026/MSB3027/MSB3021, npm's EPERM rename and EBUSY
rmdir, cargo and rustup on a file Windows holds, Python's WinError 32, Jenkins' "Unable to delete ... Tried 3
times" on cleanWs (test_tool_sources_windows.py); git's clone/fetch transport in its own words (sideband
disconnect, early EOF, curl 56 reset, a GnuTLS handshake, the 503 and 429 answers, connect timeouts), missing
refs and trees, ssh's host keys and publickey refusal, LFS smudge 404/504 and its authorization error,
submodules failing a second time (test_tool_sources_vcs_checkout_cache.py); Gradle's file-content cache lock
(test_tool_sources_jvm_apple_mobile.py); clocks, certificates "not yet valid" in Go, Python and Java, apt's
Release file on a wrong clock (test_tool_sources_clocks_time_certs.py); EMFILE in a Go load test, ENOMEM,
EDQUOT (test_tool_sources_resources.py); "Text file busy" from exec and from cp over a running program
(test_tool_sources_shell_os_env.py); apt's lists lock under Ansible (test_tool_sources_config_mgmt_vms.py).

Each case is a short log written for this test around one message as the tool prints it. Read in the tools'
source for this file (the comment above each case says which): git/git lockfile.c's unable_to_lock_message
(read in a compiled copy of lockfile.c holding the format string), rust-lang/cargo src/cargo/util/flock.rs
(the "Blocking" status, "waiting for file lock on {}"), bazelbuild/bazel BlazeCommandDispatcher.java (both
LockingMode texts) and the Windows client's lock loop in src/main/cpp, git-lfs/git-lfs lfshttp/errors.go (the
status map: 429 "Rate limit exceeded: %s", 500 "Server error: %s"). Cited from earlier rounds' files that read
them, not read again here: Gradle's DefaultFileLockManager (test_tool_sources_jvm_apple_mobile.py), git's
remote-curl.c and http.c (test_tool_sources_vcs_checkout_cache.py), MSBuild's resource strings
(test_tool_sources_windows.py). Recalled rather than read, and marked so: Jenkins'
PathRemover/CompositeIOException and git-client's "Failed to clean the workspace" (their wording as Jenkins
logs print it), git's submodule, config-lock, ref-lock, entry.c and clone.c lines, "bytes of body are still
expected" (which git's own t5702 greps for), git-lfs' smudge line, coreutils' rm and cp lines (the strerror
texts are the C library's), Windows' and .NET's sharing-violation and access-denied texts, yarn v1's "An
unexpected error occurred", pnpm's EPERM line, apt's lock and Release lines, Docker's "unable to remove
filesystem", the GitHub runner's IOException, Azure Pipelines' git fetch retry lines, TFVC's "already exists
on computer" (closed source), curl's own error strings under "RPC failed" (curl's lib/strerror.c and its TLS
back ends), GitHub's LFS quota message, make's clock skew warnings, df's columns. Hosts, repositories,
packages and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a lock another process holds on a shared runner (git's lock file under the runner's checkout, another
    cargo, bazel or Gradle process on the same cache or output base, a file in use by a scanner or another
    job on a Windows agent, the image's own unattended upgrade holding dpkg's lock), a mount still busy on
    cleanup, a transfer the git host or the network cut off or answered 5xx/429, an LFS batch API rate
    limit, a runner whose /tmp, disk or inodes ran out, a runner's clock behind a Release file's date, a
    descriptor limit the build tool itself hit (a Gradle daemon) -> transient;
  * a persistent cause (a commit or ref that does not exist, a key the host refuses, a host key that is not
    known, a repository over its LFS bandwidth quota, a file the project's own test keeps open and then
    deletes, the same every run; the engine misreads this one still: KNOWN_MISREAD) -> real;
  * near-misses (a test ABOUT these errors failing on its assertion, a lock warning the build retried past
    before a compile error, a clock skew warning before a real compile error, an application's own log lines
    naming these errors, outage words after a failing test summary) -> real;
  * wordings printed both for a moment's contention and for a persistent cause (Jenkins' cleanup refused
    files a container left owned by root, TFVC's workspace that already exists on the computer, a PowerShell
    cleanup's "Access to the path ... is denied", curl's "certificate is not yet valid" under git, rm's
    "Directory not empty" on a workspace or an NFS home: another process writing into the tree, an earlier
    job's or the job's own) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA128 = "##[error]Process completed with exit code 128.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_CIRCLE128 = "\nExited with code exit status 128\n"
_GL = "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n"
_JENKINS = "[Pipeline] End of Pipeline\nERROR: script returned exit code 1\nFinished: FAILURE\n"
_JENKINS_SCM = "Finished: FAILURE\n"
_AZ = "##[error]Bash exited with code '1'.\nFinishing: Build\n"
_AZ_PS = "##[error]PowerShell exited with code '1'.\nFinishing: Clean\n"
_TRAVIS = "\nThe command \"./ci/build.sh\" exited with 1.\n\nDone. Your build exited with 1.\n"

_GIT_LOCK_TAIL = (
    "\n"
    "Another git process seems to be running in this repository, e.g.\n"
    "an editor opened by 'git commit'. Please make sure all processes\n"
    "are terminated then try again. If it still fails, a git process\n"
    "may have crashed in this repository earlier:\n"
    "remove the file manually to continue.\n"
)
_GL_SRC = (
    "Getting source from Git repository\n"
    "Fetching changes with git depth set to 20...\n"
)
_JENKINS_GIT = (
    "The recommended git tool is: git\n"
    "using credential ci-git\n"
    "Cloning the remote Git repository\n"
    "Cloning repository https://git.example.org/acme/ledger.git\n"
    " > git init /var/lib/jenkins/workspace/ledger_main # timeout=10\n"
    "Fetching upstream changes from https://git.example.org/acme/ledger.git\n"
)
_AZ_CHECKOUT = (
    "Starting: Checkout acme@main to s\n"
    "Syncing repository: acme (Git)\n"
    "git version 2.45.1\n"
)
_GRADLE_TAIL = (
    "\n* Try:\n> Run with --stacktrace option to get the stack trace.\n"
    "> Run with --info or --debug option to get more log output.\n\n"
    "BUILD FAILED in 2m 4s\n"
)


CASES: list[tuple[str, str, str]] = [
    # ================================================================== locks another process holds
    # git/git lockfile.c (unable_to_lock_message: "Unable to create '%s.lock': %s.\n\nAnother git process seems
    # to be running in this repository, ..."; read) on GitLab runner's fetch into a reused build directory
    ("git-index-lock-gitlab-fetch", "transient",
     _GL_SRC +
     "fatal: Unable to create '/builds/acme/ledger/.git/index.lock': File exists.\n" + _GIT_LOCK_TAIL + _GL),
    # the same lock message for the shallow file a concurrent or killed fetch left (git takes shallow.lock
    # through the same lockfile API; recalled)
    ("git-shallow-lock-fetch", "transient",
     "Run actions/checkout@v4\n"
     "[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin "
     "+3f1c0a9e2b7d4c6f8a1e0b2c3d4e5f60718293a4:refs/remotes/origin/main\n"
     "fatal: Unable to create '/home/runner/work/ledger/ledger/.git/shallow.lock': File exists.\n" + _GIT_LOCK_TAIL +
     "The process '/usr/bin/git' failed with exit code 128\n" + _GHA128),
    # a ref's lock (git's "cannot lock ref '%s': Unable to create '%s': File exists."; recalled)
    ("git-cannot-lock-ref-jenkins", "transient",
     _JENKINS_GIT +
     " > git fetch --tags --force --progress -- https://git.example.org/acme/ledger.git "
     "+refs/heads/*:refs/remotes/origin/* # timeout=10\n"
     "ERROR: Error fetching remote repo 'origin'\n"
     "hudson.plugins.git.GitException: Failed to fetch from https://git.example.org/acme/ledger.git\n"
     "Caused by: hudson.plugins.git.GitException: Command \"git fetch --tags --force --progress -- "
     "https://git.example.org/acme/ledger.git +refs/heads/*:refs/remotes/origin/*\" returned status code 1:\n"
     "stdout: \n"
     "stderr: error: cannot lock ref 'refs/remotes/origin/main': Unable to create "
     "'/var/lib/jenkins/workspace/ledger_main/.git/refs/remotes/origin/main.lock': File exists.\n"
     + _JENKINS_SCM),
    # rust-lang/cargo src/cargo/util/flock.rs (the "Blocking" status "waiting for file lock on {}"; read) until the
    # job's time limit: another cargo on the runner's shared CARGO_HOME holds the package cache
    ("cargo-blocking-package-cache-job-timeout", "transient",
     "+ cargo test --locked --workspace\n"
     "    Blocking waiting for file lock on package cache\n"
     "##[error]The job running on runner ci-rust-07 has exceeded the maximum execution time of 60 minutes.\n"
     "##[error]The operation was canceled.\n"),
    # the same on the build directory (flock.rs "build directory"), a GitLab job's timeout
    ("cargo-blocking-build-directory-gitlab-timeout", "transient",
     "$ cargo build --release\n"
     "    Blocking waiting for file lock on build directory\n"
     "ERROR: Job failed: execution took longer than 1h0m0s seconds\n"),
    # bazelbuild/bazel src/main/java/com/google/devtools/build/lib/runtime/BlazeCommandDispatcher.java
    # (LockingMode.ERROR_OUT: "Another command (%s) is running. Exiting immediately."; read) under
    # --noblock_for_lock, another invocation on the agent's shared output base
    ("bazel-another-command-exiting-immediately", "transient",
     "+ bazel --noblock_for_lock test //...\n"
     "Another command (pid=41877) is running. Exiting immediately.\n" + _CIRCLE),
    # the same file, the waiting form ("Another command (%s) is running. Waiting for it to complete on the
    # server%s...") until the CI system's limit
    ("bazel-another-command-waiting-timeout", "transient",
     "+ bazel build //services/...\n"
     "Another command (pid=9) is running. Waiting for it to complete on the server (server_pid=61)...\n"
     "\n"
     "Build timed out (after 90 minutes). Marking the build as failed.\n"
     "Build was aborted\n" + _JENKINS_SCM),
    # gradle/gradle DefaultFileLockManager ("Timeout waiting to lock %s. It is currently in use by another
    # Gradle instance." with the owner's and our PID and operation; as test_tool_sources_jvm_apple_mobile.py
    # cites it)
    ("gradle-journal-lock-timeout", "transient",
     "$ ./gradlew --no-daemon check\n"
     "\nFAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Timeout waiting to lock journal cache (/cache/gradle/caches/journal-1). It is currently in use by another "
     "Gradle instance.\n"
     "Owner PID: 5123\n"
     "Our PID: 77\n"
     "Owner Operation: \n"
     "Our operation: \n"
     "Lock file: /cache/gradle/caches/journal-1/journal-1.lock\n" + _GRADLE_TAIL + _GL),
    # the same for the execution history under the project's .gradle directory
    ("gradle-execution-history-lock-timeout", "transient",
     "+ ./gradlew assemble\n"
     "\nFAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Could not create service of type ExecutionHistoryStore using "
     "ExecutionGradleServices.createExecutionHistoryStore().\n"
     "> Timeout waiting to lock execution history cache (/var/ci/work/acme/.gradle/8.7/executionHistory). It is "
     "currently in use by another Gradle instance.\n"
     "  Owner PID: 31088\n"
     "  Our PID: 31544\n"
     "  Lock file: /var/ci/work/acme/.gradle/8.7/executionHistory/executionHistory.lock\n"
     + _GRADLE_TAIL + _TRAVIS),
    # dotnet restore on a Windows agent, NuGet extracting into the shared package folder another job uses
    # (.NET's IOException for a sharing violation, recalled)
    ("nuget-package-folder-in-use", "transient",
     "  Determining projects to restore...\n"
     "C:\\Program Files\\dotnet\\sdk\\8.0.300\\NuGet.targets(169,5): error : The process cannot access the file "
     "'C:\\agent\\_work\\_nuget\\packages\\acme.logging\\3.2.0\\acme.logging.3.2.0.nupkg' because it is being "
     "used by another process. [C:\\agent\\_work\\1\\s\\Acme.sln]\n" + _AZ),
    # jenkinsci/jenkins core (PathRemover's "Unable to delete '%s'. Tried %d times (of a maximum of %d) waiting
    # %s sec between attempts.", recalled) with the JDK's FileSystemException naming Windows' sharing violation
    # (recalled)
    ("jenkins-filesystemexception-in-use", "transient",
     "[Pipeline] cleanWs\n"
     "[WS-CLEANUP] Deleting project workspace...\n"
     "ERROR: Cleanup failed\n"
     "java.nio.file.FileSystemException: C:\\jenkins\\workspace\\acme-win\\build\\tools\\protoc.exe: The process "
     "cannot access the file because it is being used by another process\n"
     "\tat java.base/sun.nio.fs.WindowsException.translateToIOException(WindowsException.java:92)\n"
     "\tat java.base/sun.nio.fs.WindowsFileSystemProvider.implDelete(WindowsFileSystemProvider.java:275)\n"
     + _JENKINS_SCM),
    # git-client's workspace clean before a clone ("Failed to clean the workspace") over PathRemover's
    # CompositeIOException, the cause a file in use
    ("jenkins-git-clean-workspace-in-use", "transient",
     "Cloning the remote Git repository\n"
     "ERROR: Failed to clean the workspace\n"
     "jenkins.util.io.CompositeIOException: Unable to delete 'C:\\jenkins\\workspace\\acme-win'. Tried 3 times "
     "(of a maximum of 3) waiting 0.1 sec between attempts.\n"
     "Caused by: java.nio.file.FileSystemException: C:\\jenkins\\workspace\\acme-win\\out\\acme.log: The process "
     "cannot access the file because it is being used by another process\n"
     + _JENKINS_SCM),
    # yarn v1 ("An unexpected error occurred: %s", recalled) over Node's EBUSY on a Windows agent
    ("yarn-ebusy-unlink-windows", "transient",
     "yarn install v1.22.22\n"
     "[1/4] Resolving packages...\n"
     "[2/4] Fetching packages...\n"
     "[3/4] Linking dependencies...\n"
     "error An unexpected error occurred: \"EBUSY: resource busy or locked, unlink "
     "'C:\\a\\web\\web\\node_modules\\esbuild-windows-64\\esbuild.exe'\".\n"
     "info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\n" + _GHA),
    # apt-pkg (recalled: "Could not get lock %s. It is held by process %d (%s)", "Unable to acquire the dpkg
    # frontend lock (%s), is another process using it?") while the runner image's own unattended upgrade runs
    ("apt-dpkg-frontend-lock-unattended-upgrade", "transient",
     "Run sudo apt-get install -y --no-install-recommends libsqlite3-dev\n"
     "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 2412 (unattended-upgr)\n"
     "N: Be aware that removing the lock file is not a solution and may break your system.\n"
     "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?\n"
     "##[error]Process completed with exit code 100.\n"),
    # git's config lock ("could not lock config file %s: %s", recalled) on a self-hosted runner whose concurrent
    # jobs share one home directory
    ("git-global-config-lock", "transient",
     "+ git config --global --add safe.directory /home/ci/_work/ledger/ledger\n"
     "error: could not lock config file /home/ci/.gitconfig: File exists\n" + _GHA),
    # dotnet/msbuild (MSB4018 "The \"{0}\" task failed unexpectedly.", recalled) over .NET's sharing-violation
    # IOException (recalled): another build on the agent has the deps file open
    ("msb4018-generatedepsfile-in-use", "transient",
     "C:\\Program Files\\dotnet\\sdk\\8.0.300\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.NET.Publish.targets(351,5): "
     "error MSB4018: The \"GenerateDepsFile\" task failed unexpectedly. "
     "[C:\\agent\\_work\\2\\s\\Acme.Api\\Acme.Api.csproj]\n"
     "System.IO.IOException: The process cannot access the file "
     "'C:\\agent\\_work\\2\\s\\Acme.Api\\bin\\Release\\net8.0\\Acme.Api.deps.json' because it is being used by "
     "another process. [C:\\agent\\_work\\2\\s\\Acme.Api\\Acme.Api.csproj]\n" + _AZ),
    # pnpm on a Windows runner (recalled: " EPERM  EPERM: operation not permitted, rename '%s' -> '%s'"): a
    # scanner holding the package's new folder
    ("pnpm-eperm-rename-windows", "transient",
     "Progress: resolved 812, reused 790, downloaded 22, added 804\n"
     " EPERM  EPERM: operation not permitted, rename "
     "'C:\\a\\web\\web\\node_modules\\.pnpm\\esbuild@0.21.5\\node_modules\\esbuild_tmp_4120' -> "
     "'C:\\a\\web\\web\\node_modules\\.pnpm\\esbuild@0.21.5\\node_modules\\esbuild'\n" + _GHA),
    # ================================================================== a workspace that does not go away
    # coreutils rm ("cannot remove %s", recalled) with EBUSY on a mount left in the reused workspace
    ("rm-device-busy-cleanup", "transient",
     "+ rm -rf /var/ci/builds/acme/ledger/tmp\n"
     "rm: cannot remove '/var/ci/builds/acme/ledger/tmp/overlay/merged': Device or resource busy\n" + _GL),
    # moby/moby (recalled: "unable to remove filesystem for %s: %v") through GitLab runner's docker executor:
    # a mount of the job's container still busy on the runner host
    ("gitlab-docker-remove-filesystem-busy", "transient",
     "Preparing the \"docker\" executor\n"
     "ERROR: Job failed (system failure): Error response from daemon: unable to remove filesystem for "
     "4c1f0e2a9b7d: unlinkat /var/lib/docker/containers/4c1f0e2a9b7d/mounts/shm: device or resource busy\n"),
    # the runner's own disk full while it writes its diagnostics (the GitHub runner's .NET IOException,
    # recalled)
    ("gha-runner-diag-no-space", "transient",
     "Run ./ci/test.sh\n"
     "##[error]System.IO.IOException: No space left on device : "
     "'/home/runner/runners/2.317.0/_diag/pages/4f2a1c0e-8b7d_1.log'\n"
     "   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)\n"),
    # git's "cannot create directory at '%s'" and "Clone succeeded, but checkout failed." (recalled) on a
    # runner's full disk
    ("git-checkout-no-space-left", "transient",
     "Cloning into '/builds/acme/ledger'...\n"
     "fatal: cannot create directory at 'assets/fixtures/large': No space left on device\n"
     "warning: Clone succeeded, but checkout failed.\n"
     "You can inspect what was checked out with 'git status'\n"
     "and retry with 'git restore --source=HEAD :/'\n" + _GL),
    # ================================================================== git transport from CI checkouts git/git
    # remote-curl.c ("RPC failed; curl %d %s", as test_tool_sources_vcs_checkout_cache.py cites it) with curl 18
    # (CURLE_PARTIAL_FILE, curl's strerror "transfer closed with outstanding read data remaining", recalled) under
    # Azure Pipelines' git source provider ("Git fetch failed with exit code {0}, back off {1} seconds before
    # retry.", then "Git fetch failed with exit code: {0}")
    ("azure-checkout-rpc-curl18", "transient",
     _AZ_CHECKOUT +
     "##[command]git -c http.extraheader=\"AUTHORIZATION: bearer ***\" fetch --force --tags --prune --progress "
     "--no-recurse-submodules origin --depth=1\n"
     "error: RPC failed; curl 18 transfer closed with outstanding read data remaining\n"
     "fatal: early EOF\n"
     "fatal: fetch-pack: invalid index-pack output\n"
     "##[warning]Git fetch failed with exit code 128, back off 6.374 seconds before retry.\n"
     "error: RPC failed; curl 18 transfer closed with outstanding read data remaining\n"
     "fatal: early EOF\n"
     "fatal: fetch-pack: invalid index-pack output\n"
     "##[error]Git fetch failed with exit code: 128\n"
     "Finishing: Checkout acme@main to s\n"),
    # the same under Jenkins' git plugin, curl 56 from GnuTLS ("Error in the pull function", recalled)
    ("jenkins-git-rpc-curl56-gnutls", "transient",
     _JENKINS_GIT +
     "ERROR: Error cloning remote repo 'origin'\n"
     "hudson.plugins.git.GitException: Command \"git fetch --tags --force --progress -- "
     "https://git.example.org/acme/ledger.git +refs/heads/*:refs/remotes/origin/*\" returned status code 128:\n"
     "stdout: \n"
     "stderr: remote: Enumerating objects: 48211, done.        \n"
     "error: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.\n"
     "fatal: early EOF\n"
     "fatal: index-pack failed\n"
     + _JENKINS_SCM),
    # http.c with GnuTLS' push-side error (curl's "gnutls_handshake() failed: %s", GnuTLS "Error in the push
    # function.", recalled)
    ("git-gnutls-handshake-push-function", "transient",
     "+ git clone --depth 1 https://git.example.org/acme/schemas.git third_party/schemas\n"
     "Cloning into 'third_party/schemas'...\n"
     "fatal: unable to access 'https://git.example.org/acme/schemas.git/': gnutls_handshake() failed: Error in "
     "the push function.\n" + _TRAVIS),
    # git's "%d bytes of body are still expected" (recalled; git's own t5702 greps for it) after a cut stream
    ("git-bytes-of-body-still-expected", "transient",
     "Run actions/checkout@v4\n"
     "Fetching the repository\n"
     "error: 4118 bytes of body are still expected\n"
     "fetch-pack: unexpected disconnect while reading sideband packet\n"
     "fatal: early EOF\n"
     "fatal: fetch-pack: invalid index-pack output\n"
     "The process '/usr/bin/git' failed with exit code 128\n" + _GHA128),
    # git/git http.c ("unable to access '%s': %s", as test_tool_sources_vcs_checkout_cache.py cites it) with
    # curl's "The requested URL returned error: %d" for a 502 from the forge's front door, in GitLab's get_sources
    ("gitlab-get-sources-502", "transient",
     _GL_SRC +
     "fatal: unable to access 'https://gitlab.example.org/acme/ledger.git/': The requested URL returned error: 502\n"
     + _GL),
    # the same, CircleCI's checkout step, a 503
    ("circleci-checkout-unable-to-access-503", "transient",
     "Cloning git repository\n"
     "Cloning into '.'...\n"
     "fatal: unable to access 'https://github.com/acme/ledger.git/': The requested URL returned error: 503\n"
     + _CIRCLE128),
    # the same, OpenSSL's SSL_ERROR_SYSCALL as curl words it ("OpenSSL SSL_read: SSL_ERROR_SYSCALL, errno 0",
    # recalled), Travis' clone with its own retries
    ("travis-clone-ssl-error-syscall", "transient",
     "$ git clone --depth=50 --branch=main https://github.com/acme/ledger.git acme/ledger\n"
     "Cloning into 'acme/ledger'...\n"
     "error: RPC failed; curl 56 OpenSSL SSL_read: SSL_ERROR_SYSCALL, errno 0\n"
     "fatal: the remote end hung up unexpectedly\n"
     "fatal: early EOF\n"
     "fatal: index-pack failed\n"
     "\nThe command \"eval git clone --depth=50 --branch=main https://github.com/acme/ledger.git acme/ledger \" "
     "failed. Retrying, 2 of 3.\n"
     "Cloning into 'acme/ledger'...\n"
     "error: RPC failed; curl 56 OpenSSL SSL_read: SSL_ERROR_SYSCALL, errno 0\n"
     "fatal: the remote end hung up unexpectedly\n"
     "\nThe command \"eval git clone --depth=50 --branch=main https://github.com/acme/ledger.git acme/ledger \" "
     "failed 3 times.\n"),
    # http.c with curl's connect timeout ("Failed to connect to %s port %d after %d ms: %s", recalled)
    ("azure-git-failed-to-connect-timed-out", "transient",
     _AZ_CHECKOUT +
     "##[error]fatal: unable to access 'https://dev.azure.com/acme/ledger/_git/ledger/': Failed to connect to "
     "dev.azure.com port 443 after 21038 ms: Timed out\n"
     "##[error]Git fetch failed with exit code: 128\n"
     "Finishing: Checkout acme@main to s\n"),
    # curl 92 (HTTP/2 stream not closed cleanly) under RPC failed, on a self-hosted GitHub runner
    ("git-rpc-curl92-http2-internal-error", "transient",
     "Fetching the repository\n"
     "error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: INTERNAL_ERROR (err 2)\n"
     "error: 2771 bytes of body are still expected\n"
     "fetch-pack: unexpected disconnect while reading sideband packet\n"
     "fatal: early EOF\n"
     "fatal: fetch-pack: invalid index-pack output\n"
     "The process '/usr/bin/git' failed with exit code 128\n" + _GHA128),
    # git's submodule helper ("clone of '%s' into submodule path '%s' failed", recalled) over a dropped
    # connection
    ("submodule-clone-hung-up-gitlab", "transient",
     _GL_SRC +
     "Updating/initializing submodules recursively with git depth set to 20...\n"
     "Cloning into '/builds/acme/ledger/vendor/proto'...\n"
     "error: RPC failed; curl 56 Recv failure: Connection reset by peer\n"
     "fatal: the remote end hung up unexpectedly\n"
     "fatal: clone of 'https://gitlab.example.org/acme/proto.git' into submodule path "
     "'/builds/acme/ledger/vendor/proto' failed\n"
     "Failed to clone 'vendor/proto'. Retry scheduled\n"
     "Cloning into '/builds/acme/ledger/vendor/proto'...\n"
     "error: RPC failed; curl 56 Recv failure: Connection reset by peer\n"
     "fatal: the remote end hung up unexpectedly\n"
     "fatal: clone of 'https://gitlab.example.org/acme/proto.git' into submodule path "
     "'/builds/acme/ledger/vendor/proto' failed\n"
     "Failed to clone 'vendor/proto' a second time, aborting\n" + _GL),
    # git-lfs/git-lfs lfshttp/errors.go (defaultErrors 429 "Rate limit exceeded: %s"; read) under "batch response"
    ("lfs-batch-rate-limit-exceeded", "transient",
     "Run git lfs pull\n"
     "batch response: Rate limit exceeded: https://github.com/acme/assets.git/info/lfs/objects/batch\n"
     "error: failed to fetch some objects from 'https://github.com/acme/assets.git/info/lfs'\n" + _GHA),
    # the same map's 500 ("Server error: %s"; read) in a smudge during checkout (git-lfs' "Error downloading %s
    # (%s): %s", recalled)
    ("lfs-smudge-batch-server-error", "transient",
     _GL_SRC +
     "Checking out 5e1a2b3c as detached HEAD (ref is main)...\n"
     "Downloading assets/fonts/Inter.ttf (312 KB)\n"
     "Error downloading object: assets/fonts/Inter.ttf (9c1e3a7): Smudge error: Error downloading "
     "assets/fonts/Inter.ttf (9c1e3a7b1f0e2d4c6a8b0e2f4a6c8e0b2d4f6a8c0e2a4c6e8a0c2e4a6c8e0a2c): batch response: "
     "Server error: https://gitlab.example.org/acme/ledger.git/info/lfs/objects/batch\n"
     "\n"
     "Errors logged to '/builds/acme/ledger/.git/lfs/logs/20260412T101112.448.log'.\n"
     "Use `git lfs logs last` to view the log.\n"
     "error: external filter 'git-lfs filter-process' failed\n"
     "fatal: assets/fonts/Inter.ttf: smudge filter lfs failed\n" + _GL),
    # ================================================================== persistent checkout causes
    # git's "reference is not a tree: %s" (recalled) in Jenkins' checkout of a commit force-pushed away
    ("jenkins-checkout-reference-not-a-tree", "real",
     _JENKINS_GIT +
     "Checking out Revision 0d4f2a6b8c1e3f5a7b9d0c2e4f6a8b1c3d5e7f90 (origin/pr/412)\n"
     "ERROR: Exception checking out Revision 0d4f2a6b8c1e3f5a7b9d0c2e4f6a8b1c3d5e7f90\n"
     "hudson.plugins.git.GitException: Command \"git checkout -f 0d4f2a6b8c1e3f5a7b9d0c2e4f6a8b1c3d5e7f90\" "
     "returned status code 128:\n"
     "stdout: \n"
     "stderr: fatal: reference is not a tree: 0d4f2a6b8c1e3f5a7b9d0c2e4f6a8b1c3d5e7f90\n"
     + _JENKINS_SCM),
    # git's "couldn't find remote ref %s" (recalled) in GitLab's fetch of a branch deleted since the pipeline
    # started
    ("gitlab-couldnt-find-remote-ref", "real",
     _GL_SRC +
     "fatal: couldn't find remote ref refs/heads/feature/ledger-export\n" + _GL),
    # openssh's publickey refusal in CircleCI's checkout (a deploy key removed)
    ("circleci-checkout-permission-denied-publickey", "real",
     "Using SSH Config Dir '/home/circleci/.ssh'\n"
     "git version 2.44.0\n"
     "Cloning git repository\n"
     "Cloning into '.'...\n"
     "Warning: Permanently added 'github.com' (ED25519) to the list of known hosts.\n"
     "git@github.com: Permission denied (publickey).\n"
     "fatal: Could not read from remote repository.\n\n"
     "Please make sure you have the correct access rights\n"
     "and the repository exists.\n" + _CIRCLE128),
    # openssh's "Host key verification failed." in a Jenkins deploy step that clones a second repository
    ("jenkins-host-key-verification-failed", "real",
     "[Pipeline] sh\n"
     "+ git clone git@git.example.org:acme/deploy-config.git\n"
     "Cloning into 'deploy-config'...\n"
     "Host key verification failed.\n"
     "fatal: Could not read from remote repository.\n\n"
     "Please make sure you have the correct access rights\n"
     "and the repository exists.\n" + _JENKINS),
    # GitHub's LFS bandwidth quota (recalled: "This repository is over its data quota. Account responsible for
    # LFS bandwidth should purchase more data packs to restore access."): until the month turns or data is
    # bought, every run
    ("lfs-over-data-quota", "real",
     "Run actions/checkout@v4\n"
     "Fetching LFS objects\n"
     "[command]/usr/bin/git lfs fetch origin refs/remotes/origin/main\n"
     "batch response: This repository is over its data quota. Account responsible for LFS bandwidth should "
     "purchase more data packs to restore access.\n"
     "error: failed to fetch some objects from 'https://github.com/acme/assets.git/info/lfs'\n"
     "The process '/usr/bin/git' failed with exit code 2\n" + _GHA),
    # a file the project's own test keeps open and then deletes on a Windows runner: Python's WinError 32
    # inside the test's own code, the same every run
    # (xfail20b: no longer a strict xfail; the quoted open()/os.remove() of the same file is now read)
    ("pytest-own-test-deletes-open-file-winerror32", "real",
     "================================== FAILURES ===================================\n"
     "__________________________ test_export_replaces_file __________________________\n\n"
     "tmp_path = WindowsPath('C:/Users/runneradmin/AppData/Local/Temp/pytest-of-runneradmin/pytest-0/test_export0')\n\n"
     "    def test_export_replaces_file(tmp_path):\n"
     "        out = tmp_path / \"report.csv\"\n"
     "        handle = open(out, \"w\")\n"
     "        export_report(out)\n"
     ">       os.remove(out)\n"
     "E       PermissionError: [WinError 32] The process cannot access the file because it is being used by "
     "another process: 'C:\\\\Users\\\\runneradmin\\\\AppData\\\\Local\\\\Temp\\\\pytest-of-runneradmin\\\\pytest-0\\\\"
     "test_export0\\\\report.csv'\n\n"
     "tests\\test_export.py:31: PermissionError\n"
     "=========================== short test summary info ===========================\n"
     "FAILED tests/test_export.py::test_export_replaces_file - PermissionError: [WinError 32] The process cannot "
     "access the file because it is being used by another process: 'C:\\\\Users\\\\runneradmin\\\\...'\n"
     "======================== 1 failed, 211 passed in 18.40s ========================\n" + _GHA),
    # ================================================================== clocks, descriptors, disk
    # GNU make (recalled: "Warning: File '%s' has modification time %s s in the future", "warning:  Clock skew
    # detected.  Your build may be incomplete.") beside a compile error in the change
    ("make-clock-skew-then-compile-error", "real",
     "make[1]: Warning: File 'src/ledger.c' has modification time 412 s in the future\n"
     "gcc -O2 -Wall -c src/ledger.c -o build/ledger.o\n"
     "src/ledger.c:88:5: error: implicit declaration of function 'ledger_close_all' "
     "[-Wimplicit-function-declaration]\n"
     "make[1]: *** [Makefile:41: build/ledger.o] Error 1\n"
     "make[1]: warning:  Clock skew detected.  Your build may be incomplete.\n"
     "make: *** [Makefile:12: all] Error 2\n" + _CIRCLE),
    # apt's Release file dated after the runner's clock (apt-pkg/acquire-item.cc "Release file for %s is not
    # valid yet (invalid for another %s). Updates for this repository will not be applied.", recalled) in a
    # docker build on a VM whose clock is behind
    ("apt-release-not-valid-yet-docker-build", "transient",
     "#7 [2/6] RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev\n"
     "#7 0.412 Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]\n"
     "#7 0.988 E: Release file for http://deb.debian.org/debian/dists/bookworm-updates/InRelease is not valid "
     "yet (invalid for another 3h 41min 12s). Updates for this repository will not be applied.\n"
     "#7 ERROR: process \"/bin/sh -c apt-get update && apt-get install -y --no-install-recommends libpq-dev\" "
     "did not complete successfully: exit code: 100\n"
     "ERROR: failed to solve: process \"/bin/sh -c apt-get update\" did not complete successfully: exit code: "
     "100\n" + _GHA),
    # a Gradle daemon (the build tool itself) out of descriptors under the runner's low ulimit
    ("gradle-daemon-too-many-open-files", "transient",
     "> Task :app:compileKotlin\n"
     "\nFAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Execution failed for task ':app:compileKotlin'.\n"
     "> java.io.FileNotFoundException: /var/ci/work/acme/app/build/kotlin/compileKotlin/cacheable/caches-jvm/"
     "inputs/source-to-output.tab (Too many open files)\n" + _GRADLE_TAIL + _GL),
    # a test's own leak check that counts descriptors: the assertion is the cause (a near-miss)
    ("pytest-own-fd-leak-check-too-many-open-files", "real",
     "=================================== FAILURES ===================================\n"
     "_____________________________ test_pool_releases_fds ____________________________\n"
     ">       assert after - before < 8, f\"leaked {after - before} descriptors (Too many open files on a long run)\"\n"
     "E       AssertionError: leaked 64 descriptors (Too many open files on a long run)\n"
     "E       assert (96 - 32) < 8\n\n"
     "tests/test_pool.py:58: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_pool.py::test_pool_releases_fds - AssertionError: leaked 64 descriptors (Too many open "
     "files on a long run)\n"
     "========================= 1 failed, 96 passed in 6.02s =========================\n" + _GHA),
    # /tmp full on the runner (Python's OSError for ENOSPC) while pytest makes its temporary directory
    ("pytest-tmp-no-space-left", "transient",
     "INTERNALERROR> Traceback (most recent call last):\n"
     "INTERNALERROR>   File \"/opt/venv/lib/python3.12/site-packages/_pytest/tmpdir.py\", line 160, in "
     "getbasetemp\n"
     "INTERNALERROR> OSError: [Errno 28] No space left on device: '/tmp/pytest-of-ci/pytest-1042'\n" + _GL),
    # inodes used up while df shows free blocks: the job's df -h then df -i as a runner's diagnostics step
    # prints them (the columns recalled)
    ("inodes-exhausted-df-shows-free", "transient",
     "+ npm ci\n"
     "npm ERR! code ENOSPC\n"
     "npm ERR! syscall mkdir\n"
     "npm ERR! path /home/ci/.npm/_cacache/index-v5/3f/a1\n"
     "npm ERR! errno -28\n"
     "npm ERR! nospc ENOSPC: no space left on device, mkdir '/home/ci/.npm/_cacache/index-v5/3f/a1'\n"
     "npm ERR! nospc There appears to be insufficient space on your system to finish.\n"
     "npm ERR! nospc Clear up some disk space and try again.\n"
     "+ df -h /home\n"
     "Filesystem      Size  Used Avail Use% Mounted on\n"
     "/dev/sdb1       200G   61G  139G  31% /home\n"
     "+ df -i /home\n"
     "Filesystem       Inodes    IUsed IFree IUse% Mounted on\n"
     "/dev/sdb1      13107200 13107200     0  100% /home\n" + _JENKINS),
    # ================================================================== near-misses MSBuild's copy retry warning
    # (dotnet/msbuild Copy.Retrying "MSB3026", as test_tool_sources_windows.py cites it) that the build got past,
    # then a C# compile error of the change
    ("msb3026-retried-then-cs-error", "real",
     "C:\\Program Files\\dotnet\\sdk\\8.0.300\\Microsoft.Common.CurrentVersion.targets(4879,5): warning MSB3026: "
     "Could not copy \"obj\\Release\\net8.0\\Acme.Core.dll\" to \"bin\\Release\\net8.0\\Acme.Core.dll\". Beginning "
     "retry 1 in 1000ms. The process cannot access the file 'bin\\Release\\net8.0\\Acme.Core.dll' because it is "
     "being used by another process. The file is locked by: \"VBCSCompiler (6120)\" "
     "[C:\\a\\acme\\src\\Acme.Core\\Acme.Core.csproj]\n"
     "C:\\a\\acme\\src\\Acme.Api\\Controllers\\LedgerController.cs(42,17): error CS0103: The name 'ledgerService' "
     "does not exist in the current context [C:\\a\\acme\\src\\Acme.Api\\Acme.Api.csproj]\n"
     "\nBuild FAILED.\n" + _GHA),
    # Cargo's lock status (another cargo held the cache for a moment), then a compile error of the change
    ("cargo-blocking-then-compile-error", "real",
     "+ cargo build --locked\n"
     "    Blocking waiting for file lock on package cache\n"
     "   Compiling ledger v0.4.0 (/builds/acme/ledger)\n"
     "error[E0425]: cannot find value `balance` in this scope\n"
     "  --> src/account.rs:57:9\n"
     "   |\n"
     "57 |         balance + amount\n"
     "   |         ^^^^^^^ not found in this scope\n\n"
     "For more information about this error, try `rustc --explain E0425`.\n"
     "error: could not compile `ledger` (lib) due to 1 previous error\n" + _GL),
    # Bazel waited for another command, got the server, then the change's target failed to build
    ("bazel-waited-then-build-error", "real",
     "Another command (pid=4188) is running. Waiting for it to complete on the server (server_pid=3101)...\n"
     "INFO: Analyzed 212 targets (0 packages loaded, 0 targets configured).\n"
     "ERROR: /work/ledger/BUILD.bazel:14:11: Compiling ledger/account.cc failed: (Exit 1): gcc failed: error "
     "executing CppCompile command (from target //ledger:account)\n"
     "ledger/account.cc:33:3: error: 'close_all' was not declared in this scope\n"
     "ERROR: Build did NOT complete successfully\n" + _CIRCLE),
    # a test ABOUT git's lock handling that fails on its assertion
    ("jest-test-about-index-lock", "real",
     "FAIL src/git/__tests__/lock.test.ts\n"
     "  ● retryGit › retries when another git process holds index.lock\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 3\n"
     "    Received: 1\n\n"
     "      41 |     mockExec.mockRejectedValueOnce(new Error(\"fatal: Unable to create '/r/.git/index.lock': File "
     "exists.\"));\n"
     "      42 |     await retryGit([\"status\"]);\n"
     "    > 43 |     expect(mockExec.mock.calls.length).toBe(3);\n"
     "         |                                        ^\n\n"
     "Tests:       1 failed, 58 passed, 59 total\n" + _GHA),
    # an application's own log lines naming a sharing violation, then the test's assertion
    ("app-log-in-use-then-assertion", "real",
     "[xUnit.net 00:00:02.41]     Acme.Sync.Tests.SyncTests.Copies_all_files [FAIL]\n"
     "  Failed Acme.Sync.Tests.SyncTests.Copies_all_files [1 s]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Values differ\n"
     "Expected: 12\n"
     "Actual:   11\n"
     "  Standard Output Messages:\n"
     " warn: Acme.Sync.Copier[0] Skipping report.tmp: The process cannot access the file because it is being used "
     "by another process.\n"
     "Failed!  - Failed:     1, Passed:   88, Skipped:     0, Total:    89, Duration: 3 s - Acme.Sync.Tests.dll "
     "(net8.0)\n" + _GHA),
    # a failing test summary, then an outage in a later step's git push of the docs
    ("test-failure-then-git-push-rpc-failed", "real",
     "--- FAIL: TestLedgerBalance (0.00s)\n"
     "    ledger_test.go:44: balance = 90, want 100\n"
     "FAIL\n"
     "FAIL\texample.com/acme/ledger\t0.211s\n"
     "+ git push origin gh-pages\n"
     "error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502\n"
     "fatal: the remote end hung up unexpectedly\n" + _GHA),
    # a Rust test asserting on the text of Cargo's lock status
    ("rust-test-about-blocking-message", "real",
     "running 12 tests\n"
     "test shell::tests::formats_blocking_status ... FAILED\n\n"
     "failures:\n\n"
     "---- shell::tests::formats_blocking_status stdout ----\n"
     "thread 'shell::tests::formats_blocking_status' panicked at src/shell.rs:211:9:\n"
     "assertion `left == right` failed\n"
     "  left: \"Blocking waiting for file lock on package cache\"\n"
     " right: \"    Blocking waiting for file lock on package cache\"\n\n"
     "failures:\n"
     "    shell::tests::formats_blocking_status\n\n"
     "test result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.02s\n\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # a test of the code that checks its clock-skew message
    ("pytest-test-about-clock-skew-detected", "real",
     "=================================== FAILURES ===================================\n"
     "_______________________ test_warns_on_future_mtime ________________________\n"
     ">       assert \"Clock skew detected\" in caplog.text\n"
     "E       AssertionError: assert 'Clock skew detected' in 'WARNING  build:make.py:88 mtime in the future'\n\n"
     "tests/test_make.py:97: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_make.py::test_warns_on_future_mtime - AssertionError: assert 'Clock skew detected' in "
     "'WARNING...\n"
     "========================= 1 failed, 40 passed in 1.11s =========================\n" + _GHA),
    # a package whose NAME holds "resource-busy" words, then a resolver error
    ("package-name-holds-lock-words", "real",
     "npm ERR! code ETARGET\n"
     "npm ERR! notarget No matching version found for file-lock-busy-retry@^4.2.0.\n"
     "npm ERR! notarget In most cases you or one of your dependencies are requesting\n"
     "npm ERR! notarget a package version that doesn't exist.\n" + _CIRCLE),
    # an integration test of the code that counts "Directory not empty" in its own cleanup report
    ("go-test-about-directory-not-empty", "real",
     "--- FAIL: TestPruneReportsBusyDirs (0.01s)\n"
     "    prune_test.go:77: got errors [\"remove /tmp/x/a: directory not empty\"], want none\n"
     "FAIL\n"
     "FAIL\texample.com/acme/janitor\t0.034s\n" + _GL),
]

# Wordings printed both for a moment's contention and for a persistent cause: no rerun proposed with
# confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Jenkins' cleanup refused files a container created as root (java.nio AccessDeniedException): the same on
    # every run on that agent, another agent passes
    ("jenkins-clean-workspace-access-denied",
     "Cloning the remote Git repository\n"
     "ERROR: Failed to clean the workspace\n"
     "jenkins.util.io.CompositeIOException: Unable to delete '/var/lib/jenkins/workspace/acme-web'. Tried 3 "
     "times (of a maximum of 3) waiting 0.1 sec between attempts. (Discarded 412 additional exceptions)\n"
     "Caused by: java.nio.file.AccessDeniedException: /var/lib/jenkins/workspace/acme-web/node_modules/.cache/"
     "babel-loader/4f2a.json\n"
     + _JENKINS_SCM),
    # Azure Pipelines' TFVC ("The workspace %s;%s already exists on computer %s.", closed source, recalled):
    # a workspace another agent on the same computer made, or one left by a reimaged agent
    ("azure-tfvc-workspace-exists-on-computer",
     "Starting: Checkout $/Acme/Main@main to s\n"
     "##[command]tf vc workspace /new /location:local /permission:Public ws_1_4 "
     "/collection:https://tfs.example.org/tfs/Acme/ /loginType:OAuth /login:.,*** /noprompt\n"
     "##[error]The workspace ws_1_4;Project Collection Build Service (Acme) already exists on computer "
     "BUILD-AGENT-02.\n"
     "Finishing: Checkout $/Acme/Main@main to s\n"),
    # .NET's "Access to the path '%s' is denied." from a PowerShell cleanup: a scanner holding the file, or
    # a read-only or foreign-owned file
    ("pwsh-remove-item-access-denied",
     "Remove-Item: C:\\agent\\_work\\3\\s\\build\\tools\\nuget.exe\n"
     "Remove-Item : Access to the path 'C:\\agent\\_work\\3\\s\\build\\tools\\nuget.exe' is denied.\n"
     "At C:\\agent\\_work\\_temp\\clean.ps1:4 char:1\n"
     "+ Remove-Item -Recurse -Force build\n"
     + _AZ_PS),
    # curl's "SSL certificate problem: certificate is not yet valid" under git: a runner clock behind, or a
    # host certificate issued with a future start
    ("git-certificate-not-yet-valid",
     _GL_SRC +
     "fatal: unable to access 'https://gitlab.example.org/acme/ledger.git/': SSL certificate problem: "
     "certificate is not yet valid\n" + _GL),
    # coreutils rm with ENOTEMPTY on the workspace: another process still writing into the tree while rm walks it
    # (a daemon from an earlier job on a self-hosted runner, or the job's own background server, every run)
    ("rm-directory-not-empty-workspace",
     "+ rm -rf \"$WORKSPACE/build\"\n"
     "rm: cannot remove '/home/ci/workspace/ledger/build/intermediates/dex': Directory not empty\n"
     "[Pipeline] }\n" + _JENKINS),
    # rm's "Directory not empty" on an NFS home: an .nfsXXXX file another process on this host (or the job's
    # own still-running process) keeps open
    ("rm-directory-not-empty-nfs",
     "+ rm -rf /nfs/ci/ledger/.tox\n"
     "rm: cannot remove '/nfs/ci/ledger/.tox/py312/lib': Directory not empty\n"
     "+ ls -a /nfs/ci/ledger/.tox/py312/lib\n"
     ".  ..  .nfs000000000a3b11c200000041\n" + _GL),
]


# Cases the engine still reads wrong, kept as strict expected failures with the reason.
KNOWN_MISREAD: dict[str, str] = {
    # (pytest-own-test-deletes-open-file-winerror32 was left here: windows-file-lock read WinError 32 as another
    # process's lock wherever raised. Reads real since xfail20b: the pytest_own_open_file_removed fragment reads the
    # test's source lines pytest quotes, a file the test opened, did not close there, and then removes on the failing
    # line; windows-file-lock and resource-busy stand down under it. A test that closed it first keeps the lock reading.)
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_runner_workspace_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_runner_workspace_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "fatal: Unable to create '/builds/acme/ledger/.git/index.lock': ",
    "    Blocking waiting for file lock on ",
    "Another command (pid=",
    "Timeout waiting to lock journal cache (",
    "rm: cannot remove '",
    "error: RPC failed; curl 18 ",
    "batch response: ",
    "The workspace ws_1_4;",
    "Unable to delete '",
]
