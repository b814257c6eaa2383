"""Thirteenth round, tool sources: what shells, coreutils, the dynamic linker and the OS print when a CI
script fails (bash, dash, zsh, PowerShell 7; GNU coreutils, findutils, sed, gawk, tar, gzip, unzip, make,
env; glibc's ld.so and strerror wordings; sudo; the locale and terminal warnings that are only noise).

Each case is a short log written for the test around one message as the tool prints it. The comment above
each case names the repository and file holding the format string; the strerror() wordings are glibc's
(sysdeps/gnu/errlist.h). Most were written from memory of those trees rather than read in this round; the
comments say which; the CRLF wordings ("/bin/bash^M: bad interpreter", "set: pipefail: invalid option
name") were seen quoted in public repositories' notes through the code index.
Hosts, packages, scripts and paths are made up; no project's CI log is copied. Resource exhaustion that
the resources file already covers (a killed process, exit 137, "Argument list too long") is not repeated.

The rules the cases hold:
  * a script's own error that repeats on every run (a command the image lacks, a script with CRLF line
    ends, an unset variable under set -u, a syntax error, a file the script expects that is not there, a
    binary for another architecture or a newer glibc, a missing shared library, a usage error of find,
    sed, awk or xargs, a make rule that does not exist) -> real;
  * a fault of the host under the job (an I/O error, a stale NFS handle, a FUSE mount whose daemon went
    away, a file system remounted read-only or found corrupt, fork failing for EAGAIN on a shared runner,
    "Text file busy" from a parallel step) -> transient;
  * the noise lines (sudo's "unable to resolve host", setlocale warnings, "TERM environment variable not
    set", "stdin: is not a tty") decide nothing: the log's other lines do.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_EXIT2 = "##[error]Process completed with exit code 2.\n"
_EXIT127 = "##[error]Process completed with exit code 127.\n"
_EXIT126 = "##[error]Process completed with exit code 126.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_CIRCLE127 = "\nExited with code exit status 127\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ bash: script errors (real)
    # bminor/bash execute_cmd.c ("%s: command not found" via internal_error in execute_disk_command,
    # shell_execve's "%s: %s: bad interpreter") and error.c ("%s: line %d: " prefix) (from memory of the tree)
    ("bash-command-not-found-tool", "real",
     "+ ./scripts/ci/lint.sh\n"
     "Checking formatting...\n"
     "./scripts/ci/lint.sh: line 12: shfmtx: command not found\n" + _EXIT127),
    # bash shell_execve: an interpreter line ending in a carriage return ("/bin/bash^M") names a file that
    # does not exist: "bad interpreter: No such file or directory"
    ("bash-crlf-bad-interpreter", "real",
     "$ ./scripts/release-check.sh\n"
     "bash: ./scripts/release-check.sh: /bin/bash^M: bad interpreter: No such file or directory\n" + _CIRCLE127),
    ("bash-crlf-bad-interpreter-env", "real",
     "Run ./tools/bootstrap.sh\n"
     "/usr/bin/env: 'bash\\r': No such file or directory\n" + _EXIT127),
    # a CRLF script read by bash line by line: each "\r" becomes a word bash tries to run
    ("bash-crlf-carriage-return-command", "real",
     "$ bash ci/setup.sh\n"
     "ci/setup.sh: line 2: $'\\r': command not found\n"
     "ci/setup.sh: line 5: cd: $'/srv/app\\r': No such file or directory\n" + _CIRCLE),
    # bash builtins/set.def ("%s: invalid option name"): a CRLF script's "set -o pipefail\r"
    # (the CR does not show in the log)
    ("bash-crlf-set-pipefail-invalid-option", "real",
     "$ bash ci/build.sh\n"
     "ci/build.sh: line 2: set: pipefail: invalid option name\n" + _CIRCLE),
    # bash variables.c / subst.c ("%s: unbound variable") under set -u
    ("bash-unbound-variable-set-u", "real",
     "+ set -euo pipefail\n"
     "+ echo 'deploying to staging'\n"
     "deploying to staging\n"
     "./deploy/push.sh: line 18: REGISTRY_HOST: unbound variable\n" + _EXIT),
    # bash parse.y report_syntax_error ("syntax error near unexpected token `%s'", "syntax error: unexpected
    # end of file") (from memory of the tree)
    ("bash-syntax-error-near-unexpected-token", "real",
     "$ ./ci/run-tests.sh\n"
     "./ci/run-tests.sh: line 27: syntax error near unexpected token `fi'\n"
     "./ci/run-tests.sh: line 27: `fi'\n" + _CIRCLE),
    ("bash-syntax-error-unexpected-eof", "real",
     "+ bash scripts/package.sh\n"
     "scripts/package.sh: line 44: syntax error: unexpected end of file\n" + _EXIT2),
    # bash subst.c ("%s: bad substitution")
    ("bash-bad-substitution-under-sh", "real",
     "$ sh ./scripts/version.sh\n"
     "./scripts/version.sh: 4: Bad substitution\n" + _CIRCLE),
    # dash src/exec.c ("%s: not found"), src/parser.c ("Syntax error: %s unexpected"), src/options.c
    # ("Illegal option -o %s") (from memory of the dash tree)
    ("dash-not-found", "real",
     "$ sh -c 'yarnpkg install --frozen-lockfile'\n"
     "sh: 1: yarnpkg: not found\n" + _CIRCLE127),
    ("dash-syntax-error-unexpected", "real",
     "$ sh ci/check.sh\n"
     "ci/check.sh: 9: Syntax error: \"(\" unexpected\n" + _CIRCLE),
    ("dash-set-pipefail-illegal-option", "real",
     "$ sh ./scripts/build.sh\n"
     "./scripts/build.sh: 2: set: Illegal option -o pipefail\n" + _EXIT2),
    # zsh Src/exec.c ("command not found: %s", "no such file or directory: %s") (from memory)
    ("zsh-command-not-found", "real",
     "% ./scripts/ios-setup.zsh\n"
     "./scripts/ios-setup.zsh:14: command not found: xcbeautifyx\n" + _EXIT127),
    # bash execute_cmd.c: execve's EACCES ("%s: Permission denied"), exit 126
    ("bash-script-permission-denied", "real",
     "$ ./gradlew assembleDebug\n"
     "/bin/bash: line 1: ./gradlew: Permission denied\n"
     "\nExited with code exit status 126\n"),
    # bash execute_cmd.c ("cannot execute binary file: %s") with ENOEXEC's strerror "Exec format error"
    ("bash-exec-format-error-arm64-binary", "real",
     "+ curl -sSLo bin/protolint https://dl.example.org/protolint-linux-arm64\n"
     "+ chmod +x bin/protolint\n"
     "+ bin/protolint lint proto/\n"
     "bash: line 3: bin/protolint: cannot execute binary file: Exec format error\n" + _EXIT126),
    # Go os/exec ("fork/exec %s: exec format error") for the same cause
    ("go-fork-exec-format-error", "real",
     "=== RUN   TestPluginLoad\n"
     "    plugin_test.go:31: start plugin: fork/exec ./testdata/plugin-darwin: exec format error\n"
     "--- FAIL: TestPluginLoad (0.00s)\n"
     "FAIL\n" + _EXIT),
    # glibc elf/dl-version.c ("version `%s' not found (required by %s)") (from memory of the tree)
    ("glibc-version-not-found", "real",
     "$ ./bin/schema-gen --out gen/\n"
     "./bin/schema-gen: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./bin/schema-gen)\n"
     "./bin/schema-gen: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.32' not found (required by ./bin/schema-gen)\n" + _CIRCLE),
    ("glibcxx-version-not-found-python-ext", "real",
     "ImportError while importing test module '/src/tests/test_codec.py'.\n"
     "E   ImportError: /usr/lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.30' not found (required by /src/fastcodec/_native.cpython-311-x86_64-linux-gnu.so)\n"
     "=========================== short test summary info ============================\n"
     "ERROR tests/test_codec.py\n" + _EXIT),
    # glibc elf/dl-load.c ("cannot open shared object file") via _dl_signal_error's "error while loading
    # shared libraries: %s: %s" (from memory of the tree)
    ("ld-so-cannot-open-shared-object", "real",
     "$ ./build/bin/server --selftest\n"
     "./build/bin/server: error while loading shared libraries: libprotobuf.so.32: cannot open shared object file: No such file or directory\n" + _CIRCLE127),
    # env (coreutils src/env.c: "%s: No such file or directory" for a program not on PATH, exit 127)
    ("env-python-not-found", "real",
     "$ ./scripts/gen_docs.py\n"
     "/usr/bin/env: 'python': No such file or directory\n" + _CIRCLE127),
    # coreutils cp/mv/ls ("cannot stat %s", "cannot access %s") with ENOENT
    ("cp-cannot-stat-build-output", "real",
     "$ npm run build\n"
     "> web@2.1.0 build\n"
     "> vite build --outDir out\n"
     "built in 4.21s\n"
     "$ cp -r dist/* /srv/deploy/\n"
     "cp: cannot stat 'dist/*': No such file or directory\n" + _CIRCLE),
    ("mkdir-permission-denied-opt", "real",
     "+ mkdir -p /opt/toolchain/bin\n"
     "mkdir: cannot create directory '/opt/toolchain': Permission denied\n" + _EXIT),
    # ------------------------------------------------------------------ set -e / pipefail exits
    # bash: set -e exits on the failing command silently; the command's own words are the cause
    ("set-e-test-runner-failure", "real",
     "+ set -e\n"
     "+ go test ./...\n"
     "--- FAIL: TestParseConfig (0.00s)\n"
     "    config_test.go:41: got port 0, want 8080\n"
     "FAIL\tgithub.example/acme/svc/config\t0.012s\n"
     "FAIL\n" + _EXIT),
    # ------------------------------------------------------------------ PowerShell 7
    # PowerShell/PowerShell src/System.Management.Automation/resources/DiscoveryExceptions.resx
    # (CommandNotFoundException "The term '{0}' is not recognized as a name of a cmdlet, function, script
    # file, or executable program.") and ParserStrings.resx ("Missing closing '}' in statement block or
    # type definition.") (from memory of those resources)
    ("pwsh-term-not-recognized", "real",
     "Run ./build.ps1\n"
     "nugetx: /home/runner/work/_temp/1a2b.ps1:3\n"
     "Line |\n"
     "   3 |  nugetx restore Solution.sln\n"
     "     |  ~~~~~~\n"
     "     | The term 'nugetx' is not recognized as a name of a cmdlet, function, script file, or executable program.\n"
     "Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n" + _EXIT),
    ("pwsh-parser-missing-brace", "real",
     "Run ./ci/pack.ps1\n"
     "ParserError: /home/runner/work/app/app/ci/pack.ps1:12\n"
     "Line |\n"
     "  12 |  foreach ($p in $projects) {\n"
     "     |                             ~\n"
     "     | Missing closing '}' in statement block or type definition.\n" + _EXIT),
    # ------------------------------------------------------------------ find / xargs / sed / awk / make
    # findutils find/parser.c ("missing argument to `%s'", "paths must precede expression: `%s'")
    ("find-missing-argument-exec", "real",
     "$ find . -name '*.tmp' -exec rm {}\n"
     "find: missing argument to `-exec'\n" + _CIRCLE),
    ("find-paths-must-precede", "real",
     "$ find src -name *.py -newer stamp\n"
     "find: paths must precede expression: `setup.py'\n"
     "find: possible unquoted pattern after predicate `-name'?\n" + _CIRCLE),
    # findutils xargs/xargs.c ("%s: exited with status 255; aborting", "%s: No such file or directory")
    ("xargs-status-255-aborting", "real",
     "$ git ls-files '*.json' | xargs -n1 jsonlint -q\n"
     "Error: Parse error on line 4: unexpected '}'\n"
     "xargs: jsonlint: exited with status 255; aborting\n" + _CIRCLE),
    # GNU sed sed/compile.c ("-e expression #%lu, char %lu: %s", "unterminated `s' command")
    ("sed-unterminated-s-command", "real",
     "+ sed -i 's/VERSION = .*/VERSION = 1.4.0 setup.cfg\n"
     "sed: -e expression #1, char 30: unterminated `s' command\n" + _EXIT),
    # gawk awkgram.y ("cmd. line:%d:" prefix, "syntax error") (from memory)
    ("gawk-syntax-error", "real",
     "+ awk '{ print $2 ' coverage.txt\n"
     "awk: cmd. line:1: { print $2 \n"
     "awk: cmd. line:1:            ^ unexpected newline or end of string\n" + _EXIT2),
    # GNU make src/remake.c ("No rule to make target '%s'%s") and src/job.c ("[%s: %s] Error %d")
    ("make-no-rule-to-make-target", "real",
     "$ make -C native check\n"
     "make: Entering directory '/src/native'\n"
     "make: *** No rule to make target 'src/codec.c', needed by 'build/codec.o'.  Stop.\n"
     "make: Leaving directory '/src/native'\n" + _CIRCLE),
    ("make-recipe-error-2-tests", "real",
     "$ make test\n"
     "pytest -q tests\n"
     "F.....\n"
     "FAILED tests/test_api.py::test_create_user - AssertionError: assert 500 == 201\n"
     "1 failed, 5 passed in 2.10s\n"
     "make: *** [Makefile:21: test] Error 1\n" + _CIRCLE),
    # ------------------------------------------------------------------ tar / gzip / unzip on local files
    # GNU tar src/list.c ("This does not look like a tar archive"), src/misc.c ("%s: Cannot open"),
    # gzip gzip.c ("not in gzip format") (from memory of the tree)
    ("tar-cannot-open-missing-archive", "real",
     "$ tar -xzf build/artifacts/app-linux.tar.gz -C out/\n"
     "tar: build/artifacts/app-linux.tar.gz: Cannot open: No such file or directory\n"
     "tar: Error is not recoverable: exiting now\n" + _CIRCLE),
    # ------------------------------------------------------------------ host faults (transient)
    # glibc strerror: EIO "Input/output error", ESTALE "Stale file handle", EROFS "Read-only file system",
    # EUCLEAN "Structure needs cleaning", ENOTCONN "Transport endpoint is not connected", ETXTBSY "Text
    # file busy", EAGAIN "Resource temporarily unavailable"; coreutils' "error reading %s", "cannot access
    # %s", "cannot touch %s", "cannot remove %s"
    ("cp-input-output-error", "transient",
     "+ cp -a /cache/gradle/caches ~/.gradle/\n"
     "cp: error reading '/cache/gradle/caches/modules-2/files-2.1/lib.jar': Input/output error\n" + _EXIT),
    ("ls-stale-file-handle-nfs", "transient",
     "$ ls /mnt/shared-cache/ccache\n"
     "ls: cannot access '/mnt/shared-cache/ccache': Stale file handle\n" + _CIRCLE),
    ("git-stale-nfs-file-handle", "transient",
     "+ git checkout -f 3f2a91c\n"
     "error: unable to unlink old 'src/main.c': Stale file handle\n"
     "fatal: cannot create directory at 'src': Stale file handle\n" + _EXIT),
    ("rm-structure-needs-cleaning", "transient",
     "+ rm -rf build/\n"
     "rm: cannot remove 'build/obj/codec.o': Structure needs cleaning\n" + _EXIT),
    ("fuse-transport-endpoint-not-connected", "transient",
     "$ ls /mnt/artifacts\n"
     "ls: cannot access '/mnt/artifacts': Transport endpoint is not connected\n" + _CIRCLE),
    ("python-oserror-eio", "transient",
     "Traceback (most recent call last):\n"
     "  File \"/src/scripts/pack.py\", line 40, in <module>\n"
     "    shutil.copytree(src, dst)\n"
     "OSError: [Errno 5] Input/output error: '/mnt/cache/wheels/numpy-1.26.4.whl'\n" + _EXIT),
    ("bash-text-file-busy-parallel-step", "transient",
     "+ ./bin/protoc-gen-lint --version\n"
     "bash: ./bin/protoc-gen-lint: Text file busy\n" + _EXIT126),
    ("go-fork-exec-text-file-busy", "transient",
     "=== RUN   TestCLI\n"
     "    cli_test.go:22: fork/exec /tmp/go-build81/b001/cli.test-helper: text file busy\n"
     "--- FAIL: TestCLI (0.01s)\n" + _EXIT),
    # bash jobs.c ("fork: retry: %s", "fork: %s") with EAGAIN
    ("bash-fork-retry-eagain", "transient",
     "+ make -j64 all\n"
     "bash: fork: retry: Resource temporarily unavailable\n"
     "bash: fork: retry: Resource temporarily unavailable\n"
     "bash: fork: Resource temporarily unavailable\n" + _EXIT2),
    ("bash-fork-cannot-allocate-memory", "transient",
     "+ ./scripts/integration.sh\n"
     "./scripts/integration.sh: fork: Cannot allocate memory\n" + _EXIT),
    ("sh-too-many-open-files", "transient",
     "+ ./scripts/gen-mocks.sh\n"
     "./scripts/gen-mocks.sh: line 9: /tmp/mocks/out.go: Too many open files\n" + _EXIT),
    # ------------------------------------------------------------------ noise must not decide
    # sudo plugins/sudoers/sudoers.c ("unable to resolve host %s: %s"; an older sudo.c has log_error(MSG_ONLY|NO_EXIT,
    # "unable to resolve host %s") (the older one checked through the code index)
    ("sudo-unable-resolve-host-then-tests-fail", "real",
     "+ sudo apt-get install -y libpq-dev\n"
     "sudo: unable to resolve host runner-7f3a: Name or service not known\n"
     "Reading package lists...\n"
     "libpq-dev is already the newest version (14.11-0ubuntu0.22.04.1).\n"
     "+ pytest -q\n"
     "FAILED tests/test_db.py::test_migrate - AssertionError: assert 3 == 4\n"
     "1 failed, 40 passed in 6.12s\n" + _EXIT),
    ("sudo-unable-resolve-host-then-timeout", "transient",
     "sudo: unable to resolve host ip-10-0-3-14: Name or service not known\n"
     "+ curl -fsS https://pkgs.example.org/setup.sh -o setup.sh\n"
     "curl: (28) Failed to connect to pkgs.example.org port 443 after 130000 ms: Connection timed out\n" + _EXIT),
    # bash locale.c ("setlocale: %s: cannot change locale (%s)") (from memory of the tree); perl's "Setting locale failed"
    ("setlocale-warning-then-assertion", "real",
     "bash: warning: setlocale: LC_ALL: cannot change locale (en_US.UTF-8)\n"
     "perl: warning: Setting locale failed.\n"
     "perl: warning: Please check that your locale settings:\n"
     "+ bundle exec rspec\n"
     "Failures:\n"
     "  1) Invoice totals the lines\n"
     "     Failure/Error: expect(invoice.total).to eq(120)\n"
     "       expected: 120\n"
     "            got: 100\n"
     "1 example, 1 failure\n" + _EXIT),
    ("setlocale-warning-then-network-reset", "transient",
     "/bin/bash: warning: setlocale: LC_ALL: cannot change locale (C.UTF-8)\n"
     "+ pip install -r requirements.txt\n"
     "ERROR: Could not install packages due to an OSError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))\n" + _EXIT),
    # ncurses tput ("No value for $TERM and no -T specified"), procps/clear "TERM environment variable not
    # set.", util-linux mesg ("stdin: is not a tty") (from memory)
    ("term-not-set-then-compile-error", "real",
     "TERM environment variable not set.\n"
     "tput: No value for $TERM and no -T specified\n"
     "+ cargo build --locked\n"
     "error[E0425]: cannot find value `cfg` in this scope\n"
     "  --> src/main.rs:14:5\n"
     "error: could not compile `svc` (bin \"svc\") due to 1 previous error\n" + _EXIT),
    ("stdin-not-a-tty-then-tests-fail", "real",
     "mesg: ttyname failed: Inappropriate ioctl for device\n"
     "stdin: is not a tty\n"
     "$ npm test\n"
     "FAIL src/cart.test.ts\n"
     "  ● cart › applies discount\n"
     "    expect(received).toBe(expected)\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _CIRCLE),
    # ------------------------------------------------------------------ more host faults (transient)
    # libuv src/uv-common.h / include/uv/errno.h ("EIO: i/o error", "ESTALE: stale file handle") as Node
    # words them ("Error: EIO: i/o error, read") (from memory of libuv's uv__strerror table)
    ("node-eio-i-o-error-read", "transient",
     "$ npm ci\n"
     "npm error code EIO\n"
     "npm error syscall read\n"
     "npm error errno -5\n"
     "npm error EIO: i/o error, read\n" + _CIRCLE),
    # rsync log.c ("%s failed: %s (%d)" with strerror) and io.c
    ("rsync-input-output-error", "transient",
     "+ rsync -a /mnt/buildcache/ ./.cache/\n"
     "rsync: [sender] read errors mapping \"/mnt/buildcache/obj/a1b2.o\": Input/output error (5)\n"
     "rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.7]\n" + _EXIT),
    ("go-build-read-input-output-error", "transient",
     "$ go build ./...\n"
     "go: downloading github.example/acme/lib v1.4.0\n"
     "open /home/ci/go/pkg/mod/cache/download/github.example/acme/lib/@v/v1.4.0.zip: input/output error\n" + _CIRCLE),
    ("java-ioexception-stale-nfs-file-handle", "transient",
     "> Task :app:compileJava FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     "* What went wrong:\n"
     "Execution failed for task ':app:compileJava'.\n"
     "> java.io.IOException: Stale NFS file handle\n" + _EXIT),
    # dash src/jobs.c ("Cannot fork"); bash jobs.c with EAGAIN after the retries
    ("dash-cannot-fork", "transient",
     "$ sh ./ci/run-shards.sh\n"
     "./ci/run-shards.sh: 12: Cannot fork\n" + _CIRCLE),
    ("git-fork-transport-endpoint-fuse-cache", "transient",
     "+ git -C /mnt/gitcache/app.git fetch origin\n"
     "fatal: '/mnt/gitcache/app.git' does not appear to be a git repository\n"
     "fatal: cannot chdir to '/mnt/gitcache/app.git': Transport endpoint is not connected\n" + _EXIT),
    # coreutils cp over a program that is running ("cannot create regular file %s: Text file busy"): a
    # parallel step still running it (resource-busy)
    ("cp-over-running-binary-text-file-busy", "transient",
     "+ cp build/agent /usr/local/bin/agent\n"
     "cp: cannot create regular file '/usr/local/bin/agent': Text file busy\n" + _EXIT),
    # ------------------------------------------------------------------ more persistent causes (real)
    # bash execute_cmd.c: a script path that does not exist ("%s: No such file or directory", exit 127)
    ("bash-script-no-such-file", "real",
     "$ ./scripts/ci/smoke.sh\n"
     "/bin/bash: line 1: ./scripts/ci/smoke.sh: No such file or directory\n" + _CIRCLE127),
    # a musl-linked binary on a glibc image: execve's ENOENT is for the missing interpreter
    # /lib/ld-musl-x86_64.so.1, so the shell names the binary that is plainly there
    ("bash-musl-binary-no-such-file", "real",
     "+ ls -l bin/hadolint\n"
     "-rwxr-xr-x 1 ci ci 4421120 Jan  2 10:00 bin/hadolint\n"
     "+ bin/hadolint Dockerfile\n"
     "bash: line 3: bin/hadolint: No such file or directory\n" + _EXIT127),
    # zsh Src/exec.c ("no such file or directory: %s") (from memory)
    ("zsh-no-such-file-or-directory", "real",
     "% ./build/app-cli --help\n"
     "zsh:1: no such file or directory: ./build/app-cli\n" + _EXIT127),
    # coreutils src/timeout.c and src/nohup.c ("failed to run command %s"), exit 127
    ("timeout-failed-to-run-command", "real",
     "+ timeout 300 ./bin/e2e-runner --suite smoke\n"
     "timeout: failed to run command './bin/e2e-runner': No such file or directory\n" + _EXIT127),
    # sudo plugins/sudoers/auth/sudo_auth.c / src/tgetpass.c ("a terminal is required to read the password;
    # either use the -S option to read from standard input or configure an askpass helper", "a password is
    # required") (from memory)
    ("sudo-terminal-required-password", "real",
     "+ sudo make install\n"
     "sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper\n"
     "sudo: a password is required\n" + _EXIT),
    # moby/moby cli ("the input device is not a TTY"): docker run -it in a job without a terminal
    ("docker-run-input-device-not-a-tty", "real",
     "+ docker run --rm -it -v $PWD:/src builder:local make test\n"
     "the input device is not a TTY\n" + _EXIT),
    ("bash-chmod-then-tool-not-found", "real",
     "+ chmod +x scripts/gen.sh\n"
     "+ scripts/gen.sh\n"
     "scripts/gen.sh: line 4: protoc: command not found\n" + _EXIT127),
    ("locale-warning-then-network-timeout", "transient",
     "locale: Cannot set LC_CTYPE to default locale: No such file or directory\n"
     "locale: Cannot set LC_ALL to default locale: No such file or directory\n"
     "+ ./gradlew build\n"
     "Could not GET 'https://repo.example.org/maven2/org/acme/core/2.1/core-2.1.pom'. Received status code 503 from server: Service Unavailable\n" + _EXIT),
    # ------------------------------------------------------------------ near misses: tool words in the code's own failures
    ("test-asserts-command-not-found-message", "real",
     "=== RUN   TestRunMissingBinary\n"
     "    runner_test.go:55: stderr = \"sh: 1: nosuchtool: not found\", want it to mention exit code 127\n"
     "--- FAIL: TestRunMissingBinary (0.00s)\n"
     "FAIL\n" + _EXIT),
    ("test-expects-eio-handling", "real",
     "FAILED tests/test_storage.py::test_read_retries_on_eio - AssertionError: expected 'retried' in log, got: OSError: [Errno 5] Input/output error\n"
     "1 failed, 88 passed in 3.40s\n" + _EXIT),
    ("test-named-stale-file-handle", "real",
     "--- FAIL: TestStaleFileHandleIsRetried (0.02s)\n"
     "    nfs_test.go:88: retries = 0, want 3\n"
     "FAIL\n" + _EXIT),
]

# Wordings printed both for a host's fault and for the change's own: a rerun is not surely the answer.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # gzip gzip.c ("%s: not in gzip format"): an HTML error page saved as the archive, or a file never
    # compressed; GNU tar src/buffer.c ("Child returned status %d")
    ("gzip-not-in-gzip-format-after-download",
     "+ curl -sSLo tool.tar.gz https://dl.example.org/tool/v1.2.0/tool.tar.gz\n"
     "+ tar -xzf tool.tar.gz\n"
     "gzip: stdin: not in gzip format\n"
     "tar: Child returned status 1\n"
     "tar: Error is not recoverable: exiting now\n" + _EXIT2),
    ("gzip-unexpected-end-of-file",
     "$ tar -xzf cache/deps.tgz\n"
     "gzip: stdin: unexpected end of file\n"
     "tar: Unexpected EOF in archive\n"
     "tar: Error is not recoverable: exiting now\n" + _CIRCLE),
    ("tar-does-not-look-like-tar",
     "$ tar -xf downloads/sdk.tar\n"
     "tar: This does not look like a tar archive\n"
     "tar: Exiting with failure status due to previous errors\n" + _CIRCLE),
    # GNU tar src/create.c ("%s: file changed as we read it"): a writer running beside the archive step,
    # or the step archiving a tree the job itself still writes
    ("tar-create-file-changed-as-we-read",
     "$ tar -czf cache.tgz node_modules\n"
     "tar: node_modules/.cache: file changed as we read it\n" + _CIRCLE),
    # set -e stopping on a command that only returned non-zero, with no words of its own: nothing to read
    ("set-e-grep-no-match-pipefail",
     "+ set -eo pipefail\n"
     "+ ./bin/app --version\n"
     "+ grep -q 'v3.2'\n"
     "##[error]Process completed with exit code 1.\n"),
    # Info-ZIP unzip process.c ("End-of-central-directory signature not found", "cannot find zipfile
    # directory") (from memory)
    # a zip that is no zip: a cut-off download, an error page, or a Git LFS pointer committed in its place
    ("unzip-local-artifact-not-zip",
     "$ unzip -q vendor/sdk-4.2.zip -d vendor/\n"
     "  End-of-central-directory signature not found.  Either this file is not\n"
     "  a zipfile, or it constitutes one disk of a multi-part archive.  In the\n"
     "  latter case the central directory and zipfile comment will be found on\n"
     "  the last disk(s) of this archive.\n"
     "unzip:  cannot find zipfile directory in one of vendor/sdk-4.2.zip or\n"
     "        vendor/sdk-4.2.zip.zip, and cannot find vendor/sdk-4.2.zip.ZIP, period.\n" + _CIRCLE),
    # EROFS: a host whose disk was remounted read-only after errors, or a mount the job made read-only
    ("touch-read-only-file-system",
     "+ touch /workspace/.build-stamp\n"
     "touch: cannot touch '/workspace/.build-stamp': Read-only file system\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_shell_os_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_shell_os_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "bash: x: bash: line 3: x: Text file busy fork/exec ",
    "find: missing argument to `-exec' sed: -e expression #1, char 3: ",
    "[Errno 5] Input/output error: stale file handle ",
    "sudo: unable to resolve host sudo: a password is required ",
]
