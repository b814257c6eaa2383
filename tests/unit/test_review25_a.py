"""Review of the twenty-fifth round's wordless-check reading (structure.wordless_output: a failing step whose only
output is a unified diff, a bare list of paths or git's porcelain lines reads real): logs written to break it.

Covered: a diff printed for information by an earlier step or command and a later one failing on the network (npm's
ECONNRESET, pip's read timeout, curl's "(52) Empty reply from server" in the same step); generators that fetch (an
OpenAPI spec served with a 503, buf's remote plugin unavailable, go's checksum database answering 502, a licence fetch
rate-limited) and one that printed nothing and left an empty file; npm rewriting package-lock.json's "resolved" URLs
for a mirror; terraform plan -detailed-exitcode's and helm diff's exit 2; kubectl diff run by a script with no telling
name; a downloaded checksum compared with the expected one, after curl cut the transfer and with no word at all; a
golden comparison after the test binary gave up on time (in an earlier command, and in the same one); find's list
before tar's short write; porcelain lines after git clean could not remove a directory; a runner's list of test files
before it was killed, before GitLab's job time limit, before a bare "Terminated"; Windows paths (backslashes from a
PowerShell script, forward slashes from git under pwsh), CRLF lines, git diff --color's escapes, GitHub's group lines
printed by the check, a 25,000-line diff and a 60,000-character diff line; exit statuses as CodeBuild, Drone, GitLab's
Kubernetes executor, GitHub's timestamped download and Jenkins' timestamper print them; a script's traced "+ exit 1"
after git's porcelain lines; real formatter failures around the reading (prettier --check's "[warn]" lines, isort's
"ERROR: ... Imports are incorrectly sorted" above its diff, ruff format --check, `test -z "$(gofmt -l .)"` which prints
nothing); a failing network step followed by an after_failure or post-actions diff; a diff and then GitHub's cancel.

Where the wording comes from: kubectl diff's "diff -u -N" of its LIVE-<n> and MERGED-<n> temporary directories
(kubernetes/kubectl pkg/cmd/diff/diff.go: CreateDirectory's os.MkdirTemp("", prefix+"-"), NewDiffer("LIVE", "MERGED"),
DiffProgram.getCommand; read). Recalled, not read here: curl's "(18) transfer closed with N bytes remaining to read"
and "(52) Empty reply from server" (lib/strerror.c), npm's ECONNRESET/ETIMEDOUT blocks, pip's "Retrying ... Read timed
out", Java's "Server returned HTTP response code: 503 for URL", buf's "Failure: unavailable: ...", go's "verifying
...: reading https://sum.golang.org/...: 502 Bad Gateway", terraform's plan text, helm-diff's "has changed:", GNU tar's
"Wrote only N of M bytes", git clean's "warning: failed to remove X: Permission denied", GitLab's "execution took
longer than 1h0m0s seconds", Travis's 'failed and exited with 1 during .', prettier's "[warn] Code style issues found
in 2 files. Run Prettier with --write to fix.", isort's and ruff's check lines, CodeBuild's "Running command" and
"Command did not exit successfully ... exit status 1", Jenkins' timestamper prefix, git's "LF will be replaced by CRLF"
warning. Assumed: Drone's bare "exit status 1" closing line. Hosts, paths, packages and scripts are made up; no
project's CI log is copied.

The rules the cases hold (review 25a's edits in structure.py marked so):
  * the reading reads the failing step only: an earlier step's or command's informational diff beside a later
    network failure leaves the failure's own reading (transient);
  * a download's own failure report in the step (curl's "(N) ..." whatever its words, wget's refusals) stands the
    reading aside, as trouble words do: the diff may be the cut download's (review 25a);
  * kubectl diff's LIVE-/MERGED- directories in a diff header stand the reading aside however the step was named: the
    difference is with a cluster's state (review 25a); terraform plan and helm diff (exit 2) stay unknown;
  * a shell trace's closing "+ exit 1" (or "+ false") after the check's output: the command before it is the check
    (review 25a); CodeBuild's "Running command X" opens the step's output (review 25a);
  * `test -z "$(tool ...)"` (and "[ -z", "[[ -z") runs the substituted tool: gofmt -l there is the formatter's check
    even though it prints nothing (review 25a, in tool_of);
  * CRLF, colour escapes, timestamps, group lines, Kubernetes executor's closing line, a minified diff line -> read;
  * what the log cannot tell (a generator that printed nothing and wrote an empty file, a lock file rewritten for a
    mirror, a checksum that differs with no word from the download, an untracked directory git clean could not remove,
    a bare "Terminated") -> not surely transient (they read real or unknown; no rerun is proposed).
Cases kept as strict xfails marked "LEFT:" (KNOWN_MISREAD) say why.
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    labelled,
    logs,
    not_surely_transient,
    reads,
    signatures,
)

WORDLESS = {"structure-unified-diff", "structure-path-list"}
ESC = "\x1b"
_HUGE = "\n".join(f"+  \"k{n}\": {n}," for n in range(25000))
_LONGLINE = "+" + "var a=1;" * 7500

CASES: list[tuple[str, str, str]] = [
    # an earlier step's informational diff, a later step's network failure (GitHub Actions)
    ("gha-info-diff-then-npm-ci-econnreset", "transient", """##[group]Run git --no-pager diff
git --no-pager diff
shell: /usr/bin/bash -e {0}
##[endgroup]
diff --git a/package.json b/package.json
--- a/package.json
+++ b/package.json
@@ -3 +3 @@
-  "version": "1.4.0",
+  "version": "1.4.1",
##[group]Run npm ci
npm ci
shell: /usr/bin/bash -e {0}
##[endgroup]
npm ERR! code ECONNRESET
npm ERR! errno ECONNRESET
npm ERR! network request to https://registry.npmjs.org/left-pad failed, reason: socket hang up
npm ERR! network This is a problem related to network connectivity.
Error: Process completed with exit code 1.
"""),
    # same in one GitLab script: git diff printed, pip times out
    ("gitlab-info-diff-then-pip-read-timeout", "transient", """$ git --no-pager diff HEAD~1 -- setup.cfg
diff --git a/setup.cfg b/setup.cfg
--- a/setup.cfg
+++ b/setup.cfg
@@ -2 +2 @@
-version = 0.9.1
+version = 0.9.2
$ pip install -r requirements.txt
Collecting requests==2.31.0
WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError("HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)")': /simple/requests/
ERROR: Could not find a version that satisfies the requirement requests==2.31.0 (from versions: none)
ERROR: No matching distribution found for requests==2.31.0
Cleaning up project directory and file based variables
ERROR: Job failed: exit code 1
"""),
    # the later step fails on curl's empty reply (no trouble word on curl's line), after an informational diff
    ("gha-info-diff-then-curl-52-same-step", "transient", """##[group]Run git --no-pager diff --stat; ./scripts/fetch-fixtures.sh
git --no-pager diff --stat; ./scripts/fetch-fixtures.sh
shell: /usr/bin/bash -e {0}
##[endgroup]
 docs/CHANGELOG.md | 2 ++
 1 file changed, 2 insertions(+)
curl: (52) Empty reply from server
Error: Process completed with exit code 1.
"""),
    # openapi-generator fetching a remote spec, 503, an empty model dir: the diff is the outage's consequence
    ("gha-openapi-generator-remote-spec-503-then-diff", "transient", """##[group]Run ./scripts/regen-client.sh && git diff --exit-code
./scripts/regen-client.sh && git diff --exit-code
shell: /usr/bin/bash -e {0}
##[endgroup]
[main] WARN  o.o.c.config.CodegenConfigurator - Failed to read spec from https://api.example.com/openapi.json: Server returned HTTP response code: 503 for URL: https://api.example.com/openapi.json
[main] INFO  o.o.codegen.DefaultGenerator - Generating with dryRun=false
diff --git a/client/src/models/Order.ts b/client/src/models/Order.ts
deleted file mode 100644
index 4b1c2aa..0000000
--- a/client/src/models/Order.ts
+++ /dev/null
@@ -1,5 +0,0 @@
-export interface Order {
-  id: string;
-}
Error: Process completed with exit code 1.
"""),
    # buf generate with a remote plugin, the BSR unavailable, then git diff
    ("gitlab-buf-remote-plugin-unavailable-then-diff", "transient", """$ buf generate || true
Failure: unavailable: the server hosted at that remote is unavailable.
$ git diff --exit-code -- gen/
diff --git a/gen/order/v1/order.pb.go b/gen/order/v1/order.pb.go
deleted file mode 100644
--- a/gen/order/v1/order.pb.go
+++ /dev/null
@@ -1,3 +0,0 @@
-package orderv1
Cleaning up project directory and file based variables
ERROR: Job failed: exit code 1
"""),
    # go generate calling the network: sum.golang.org's 502
    ("travis-go-generate-sumdb-502-then-porcelain", "transient", """$ go generate ./... && test -z "$(git status --porcelain)"
go: downloading golang.org/x/tools v0.21.0
verifying golang.org/x/tools@v0.21.0: golang.org/x/tools@v0.21.0: reading https://sum.golang.org/lookup/golang.org/x/tools@v0.21.0: 502 Bad Gateway
internal/gen.go:3: running "stringer": exit status 1
 M internal/kind_string.go
The command "go generate ./... && test -z \\"$(git status --porcelain)\\"" exited with 1.
"""),
    # a downloaded checksum file vs the expected one, curl cut the transfer short
    ("travis-checksum-diff-after-curl-18", "transient", """$ ./ci/fetch-toolchain.sh
curl: (18) transfer closed with 1048576 bytes remaining to read
--- toolchain.sha256
+++ ci/toolchain.sha256.expected
@@ -1 +1 @@
-e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  toolchain.tar.xz
+5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef  toolchain.tar.xz
The command "./ci/fetch-toolchain.sh" exited with 1.
"""),
    # the same in one command (the timeout is in the failing step's own output)
    ("gitlab-golden-cmp-same-line-timeout", "transient", """$ timeout 120 ./build/bin/integration > out/actual.txt; cmp tests/golden/expected.txt out/actual.txt
integration: case 17 (replication) timed out after 120s
tests/golden/expected.txt out/actual.txt differ: byte 4121, line 17
Cleaning up project directory and file based variables
ERROR: Job failed: exit code 1
"""),
    # find's list, then tar fails on a full disk (exit 2)
    ("jenkins-find-list-then-tar-no-space", "transient", """[Pipeline] sh
+ find . -name '*.orig' -print
./src/main.c.orig
./include/util.h.orig
+ tar -czf /tmp/build.tgz build
tar: /tmp/build.tgz: Wrote only 4096 of 10240 bytes
tar: Error is not recoverable: exiting now
[Pipeline] }
ERROR: script returned exit code 2
Finished: FAILURE
"""),
    # a runner's list of test files, then the kernel kills it (the runner's own "Killed" line)
    ("circleci-test-file-list-then-killed", "transient", """#!/bin/bash -eo pipefail
./ci/run-shard.sh
spec/models/order_spec.rb
spec/models/user_spec.rb
spec/requests/orders_spec.rb
./ci/run-shard.sh: line 9:   812 Killed                  bundle exec rspec $FILES

Exited with code exit status 1
"""),
    # a list of files then GitLab's job timeout (no exit code)
    ("gitlab-list-then-job-execution-timeout", "transient", """$ ./ci/run-shard.sh
spec/models/order_spec.rb
spec/models/user_spec.rb
ERROR: Job failed: execution took longer than 1h0m0s seconds
"""),
    # Windows paths from a PowerShell format check (a real formatter failure)
    ("azure-windows-paths-list", "real", """Script contents:
.\\build\\check-format.ps1
========================== Starting Command Output ===========================
"C:\\Program Files\\PowerShell\\7\\pwsh.exe" -NoLogo -NoProfile -NonInteractive -Command ". 'D:\\a\\_temp\\5b2c.ps1'"
src\\Acme.Core\\OrderService.cs
src\\Acme.Web\\Startup.cs
##[error]PowerShell exited with code '1'.
"""),
    # a CRLF diff on a Windows agent
    ("azure-crlf-git-diff", "real", """Script contents:\r
./eng/verify-generated\r
========================== Starting Command Output ===========================\r
/usr/bin/bash --noprofile --norc /home/vsts/work/_temp/9e2a.sh\r
diff --git a/src/Generated/Api.cs b/src/Generated/Api.cs\r
--- a/src/Generated/Api.cs\r
+++ b/src/Generated/Api.cs\r
@@ -5 +5 @@ namespace Example.Generated\r
-    public const string Version = "2.1";\r
+    public const string Version = "2.2";\r
##[error]Bash exited with code '1'.\r
"""),
    # git diff --color's ANSI codes
    ("gha-git-diff-color-ansi", "real", f"""##[group]Run git diff --color=always --exit-code
git diff --color=always --exit-code
shell: /usr/bin/bash -e {{0}}
##[endgroup]
{ESC}[1mdiff --git a/docs/cli.md b/docs/cli.md{ESC}[m
{ESC}[1mindex 1a2b3c4..5d6e7f8 100644{ESC}[m
{ESC}[1m--- a/docs/cli.md{ESC}[m
{ESC}[1m+++ b/docs/cli.md{ESC}[m
{ESC}[36m@@ -10 +10 @@{ESC}[m
{ESC}[31m-  --verbose   print more{ESC}[m
{ESC}[32m+  --verbose   print more output{ESC}[m
Error: Process completed with exit code 1.
"""),
    # GitHub's group markers printed by the check's script around the diff
    ("gha-script-groups-around-diff", "real", """##[group]Run ./hack/verify-codegen.sh
./hack/verify-codegen.sh
shell: /usr/bin/bash -e {0}
##[endgroup]
##[group]Diff
diff --git a/pkg/apis/v1/zz_generated.deepcopy.go b/pkg/apis/v1/zz_generated.deepcopy.go
--- a/pkg/apis/v1/zz_generated.deepcopy.go
+++ b/pkg/apis/v1/zz_generated.deepcopy.go
@@ -30,0 +31 @@ func (in *Widget) DeepCopyInto(out *Widget) {
+\tout.Status = in.Status
##[endgroup]
##[error]Generated code is out of date. Run 'make generate' and commit the result.
Error: Process completed with exit code 1.
"""),
    # a diff longer than the caps (25,000 lines)
    ("gitlab-diff-longer-than-caps", "real", f"""$ ./scripts/check-fixtures
--- a/fixtures/big.json
+++ b/fixtures/big.json
@@ -1,2 +1,25002 @@
 {{
{_HUGE}
 }}
ERROR: Job failed: exit code 1
"""),
    # a diff with a 60,000-character minified line
    ("gha-diff-with-minified-long-line", "real", f"""##[group]Run npm run build && git diff --exit-code dist/
npm run build && git diff --exit-code dist/
shell: /usr/bin/bash -e {{0}}
##[endgroup]

> build
> rollup -c

diff --git a/dist/app.min.js b/dist/app.min.js
--- a/dist/app.min.js
+++ b/dist/app.min.js
@@ -1 +1 @@
-var a=0;
{_LONGLINE}
Error: Process completed with exit code 1.
"""),
    # CodeBuild
    ("codebuild-porcelain-command-did-not-exit", "real", """[Container] 2024/05/01 10:00:00.123456 Running command make generate && test -z "$(git status --porcelain)"
go generate ./...
 M internal/gen/enum_string.go

[Container] 2024/05/01 10:00:04.654321 Command did not exit successfully make generate && test -z "$(git status --porcelain)" exit status 1
[Container] 2024/05/01 10:00:04.700000 Phase complete: BUILD State: FAILED
[Container] 2024/05/01 10:00:04.700001 Phase context status code: COMMAND_EXECUTION_ERROR Message: Error while executing command: make generate && test -z "$(git status --porcelain)". Reason: exit status 1
"""),
    # Drone / Woodpecker
    ("drone-diff-exit-code-1", "real", """+ ./scripts/check-generated.sh
diff --git a/web/src/api.ts b/web/src/api.ts
--- a/web/src/api.ts
+++ b/web/src/api.ts
@@ -1 +1 @@
-export const BASE = "/v1";
+export const BASE = "/v2";
exit status 1
"""),
    # GitLab's Kubernetes executor's closing form
    ("gitlab-k8s-command-terminated-exit-1", "real", """$ ./scripts/check-generated.sh
 M api/openapi.yaml
ERROR: Job failed: command terminated with exit code 1
"""),
    # timestamps (GitHub's downloaded logs) before every line
    ("gha-timestamped-diff", "real", """2024-05-01T10:00:00.1000000Z ##[group]Run ./hack/verify-codegen.sh
2024-05-01T10:00:00.1000000Z ./hack/verify-codegen.sh
2024-05-01T10:00:00.1000000Z shell: /usr/bin/bash -e {0}
2024-05-01T10:00:00.1000000Z ##[endgroup]
2024-05-01T10:00:05.2000000Z diff --git a/pkg/client/fake.go b/pkg/client/fake.go
2024-05-01T10:00:05.2000000Z --- a/pkg/client/fake.go
2024-05-01T10:00:05.2000000Z +++ b/pkg/client/fake.go
2024-05-01T10:00:05.2000000Z @@ -9 +9 @@
2024-05-01T10:00:05.2000000Z -\treturn nil
2024-05-01T10:00:05.2000000Z +\treturn ErrFake
2024-05-01T10:00:05.3000000Z ##[error]Process completed with exit code 1.
"""),
    # Jenkins' timestamper prefix
    ("jenkins-timestamper-porcelain", "real", """[2024-05-01T10:00:00.123Z] [Pipeline] sh
[2024-05-01T10:00:00.456Z] + make generate
[2024-05-01T10:00:03.001Z] + git status --porcelain
[2024-05-01T10:00:03.010Z]  M src/main/resources/schema.json
[2024-05-01T10:00:03.020Z] + exit 1
[2024-05-01T10:00:03.100Z] [Pipeline] }
[2024-05-01T10:00:03.200Z] ERROR: script returned exit code 1
[2024-05-01T10:00:03.300Z] Finished: FAILURE
"""),
    # real formatter failures the reading may miss: prettier --check's "[warn]" lines
    ("gha-prettier-check-warn-lines", "real", """##[group]Run npm run format:check
npm run format:check
shell: /usr/bin/bash -e {0}
##[endgroup]

> format:check
> prettier --check .

Checking formatting...
[warn] src/components/Header.tsx
[warn] src/pages/index.tsx
[warn] Code style issues found in 2 files. Run Prettier with --write to fix.
Error: Process completed with exit code 1.
"""),
    # isort --check-only --diff
    ("travis-isort-diff", "real", """$ ./scripts/lint-imports
ERROR: /home/travis/build/acme/app/src/app/views.py Imports are incorrectly sorted and/or formatted.
--- /home/travis/build/acme/app/src/app/views.py:before\t2024-05-01 10:00:00.000000
+++ /home/travis/build/acme/app/src/app/views.py:after\t2024-05-01 10:00:01.000000
@@ -1,3 +1,3 @@
-import sys
 import os
+import sys
The command "./scripts/lint-imports" exited with 1.
"""),
    # go mod tidy then git diff (go's own downloading lines before the diff)
    ("gha-go-mod-tidy-downloading-then-diff", "real", """##[group]Run go mod tidy && git diff --exit-code go.mod go.sum
go mod tidy && git diff --exit-code go.mod go.sum
shell: /usr/bin/bash -e {0}
##[endgroup]
go: downloading github.com/stretchr/testify v1.9.0
go: downloading gopkg.in/yaml.v3 v3.0.1
diff --git a/go.mod b/go.mod
--- a/go.mod
+++ b/go.mod
@@ -5 +5 @@
-require github.com/stretchr/testify v1.8.4
+require github.com/stretchr/testify v1.9.0
Error: Process completed with exit code 1.
"""),
    # git's CRLF warning above the diff (Windows runner)
    ("gha-windows-lf-crlf-warning-then-diff", "real", """##[group]Run git diff --exit-code
git diff --exit-code
shell: C:\\Program Files\\Git\\bin\\bash.EXE --noprofile --norc -e -o pipefail {0}
##[endgroup]
warning: in the working copy of 'src/version.h', LF will be replaced by CRLF the next time Git touches it
diff --git a/src/version.h b/src/version.h
--- a/src/version.h
+++ b/src/version.h
@@ -1 +1 @@
-#define VERSION "1.2.0"
+#define VERSION "1.2.1"
Error: Process completed with exit code 1.
"""),
    # Travis: the script's network failure, then after_failure's git diff
    ("travis-npm-ci-etimedout-then-after-failure-diff", "transient", """$ npm ci
npm ERR! code ETIMEDOUT
npm ERR! errno ETIMEDOUT
npm ERR! network request to https://registry.npmjs.org/react failed, reason: connect ETIMEDOUT 104.16.0.35:443
The command "npm ci" failed and exited with 1 during .

Your build has been stopped.
$ git --no-pager diff
diff --git a/package-lock.json b/package-lock.json
--- a/package-lock.json
+++ b/package-lock.json
@@ -1 +1 @@
-{"lockfileVersion": 2}
+{"lockfileVersion": 3}
"""),
    # Jenkins: the stage's push fails on a 502; the post actions print porcelain lines
    ("jenkins-docker-push-502-then-post-porcelain", "transient", """[Pipeline] sh
+ docker push registry.example.com/acme/app:4f1c2aa
The push refers to repository [registry.example.com/acme/app]
received unexpected HTTP status: 502 Bad Gateway
[Pipeline] }
[Pipeline] // stage
[Pipeline] stage
[Pipeline] { (Declarative: Post Actions)
[Pipeline] sh
+ git status --porcelain
 M deploy/values.yaml
[Pipeline] }
ERROR: script returned exit code 1
Finished: FAILURE
"""),
    # ls before twine upload failing on a 503 (a deploy step)
    ("gha-ls-dist-then-twine-503", "transient", """##[group]Run ls dist/ && twine upload dist/*
ls dist/ && twine upload dist/*
shell: /usr/bin/bash -e {0}
##[endgroup]
acme-1.4.2-py3-none-any.whl
acme-1.4.2.tar.gz
Uploading distributions to https://upload.pypi.org/legacy/
Uploading acme-1.4.2-py3-none-any.whl
ERROR    HTTPError: 503 Service Unavailable from https://upload.pypi.org/legacy/
Error: Process completed with exit code 1.
"""),
    # a golden comparison in a shell script (expected.txt / actual.txt): the output changed, real
    ("circleci-cli-golden-diff-u", "real", """#!/bin/bash -eo pipefail
./scripts/check-cli-help.sh
--- docs/cli-help.txt
+++ /tmp/cli-help.txt
@@ -3 +3,2 @@
   --verbose    print more
+  --quiet      print less

Exited with code exit status 1
"""),
    # git ls-files --others after a build (untracked build products)
    ("buildkite-untracked-build-products", "real", """--- :git: check tree
$ ./ci/check-clean-tree.sh
web/static/app.bundle.js
web/static/app.bundle.js.map
Please add these files to .gitignore or commit them.
🚨 Error: The command exited with status 1
"""),
    # a diff printed by the check, then GitHub cancels the step (no exit line)
    ("gha-diff-then-operation-canceled", "transient", """##[group]Run ./hack/verify-all.sh
./hack/verify-all.sh
shell: /usr/bin/bash -e {0}
##[endgroup]
diff --git a/docs/api.md b/docs/api.md
--- a/docs/api.md
+++ b/docs/api.md
@@ -1 +1 @@
-v1
+v2
##[error]The operation was canceled.
"""),
    # the diff is of a file the generator fetched, the fetch's 429 in the generator's own words
    ("gitlab-generator-rate-limited-then-diff", "transient", """$ ./scripts/sync-licenses.sh && git diff --exit-code THIRD_PARTY.md
fetching license for github.com/acme/widgets: GET https://api.github.com/repos/acme/widgets/license: 403 API rate limit exceeded for 34.74.1.1
--- a/THIRD_PARTY.md
+++ b/THIRD_PARTY.md
@@ -8 +8 @@
-| github.com/acme/widgets | MIT |
+| github.com/acme/widgets | UNKNOWN |
ERROR: Job failed: exit code 1
"""),
    # a Windows runner under pwsh: git's porcelain paths have forward slashes
    ("gha-windows-pwsh-porcelain", "real", """##[group]Run dotnet tool run t4 ./src/Templates.tt; git status --porcelain; if (git status --porcelain) { exit 1 }
dotnet tool run t4 ./src/Templates.tt; git status --porcelain; if (git status --porcelain) { exit 1 }
shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command ". '{0}'"
##[endgroup]
 M src/Generated/Templates.g.cs
Error: Process completed with exit code 1.
"""),
    # test -z "$(gofmt -l .)": the list is swallowed, nothing printed
    ("gha-test-z-gofmt-l-silent", "real", """##[group]Run test -z "$(gofmt -l .)"
test -z "$(gofmt -l .)"
shell: /usr/bin/bash -e {0}
##[endgroup]
Error: Process completed with exit code 1.
"""),
    # ruff format --check
    ("gitlab-ruff-format-check", "real", """$ ruff format --check .
Would reformat: src/app/views.py
1 file would be reformatted, 41 files already formatted
ERROR: Job failed: exit code 1
"""),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the generator printed nothing and wrote an empty file: the log cannot tell
    ("gha-generator-silent-empty-file-diff", """##[group]Run make generate && git diff --exit-code
make generate && git diff --exit-code
shell: /usr/bin/bash -e {0}
##[endgroup]
./tools/fetch-schema > api/schema.graphql
go run ./tools/gqlgen
diff --git a/api/schema.graphql b/api/schema.graphql
--- a/api/schema.graphql
+++ b/api/schema.graphql
@@ -1,4 +0,0 @@
-type Query {
-  order(id: ID!): Order
-}
-
Error: Process completed with exit code 1.
"""),
    # npm install rewrote package-lock.json (a registry mirror's metadata): the log cannot tell
    ("gha-npm-install-lock-rewritten-by-mirror", """##[group]Run npm install && git diff --exit-code package-lock.json
npm install && git diff --exit-code package-lock.json
shell: /usr/bin/bash -e {0}
##[endgroup]

up to date, audited 312 packages in 3s
diff --git a/package-lock.json b/package-lock.json
--- a/package-lock.json
+++ b/package-lock.json
@@ -40,7 +40,7 @@
     "node_modules/left-pad": {
       "version": "1.3.0",
-      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",
+      "resolved": "https://registry.npmmirror.com/left-pad/-/left-pad-1.3.0.tgz",
       "integrity": "sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQsvK7zK4HJg+M5JpaO6uu5ES+MDgBVbaoGOOFrpN7A6hpzQ=="
Error: Process completed with exit code 1.
"""),
    # terraform plan -detailed-exitcode: 2 = changes present (a deploy-ish step)
    ("gitlab-terraform-plan-detailed-exitcode-2", """$ terraform plan -detailed-exitcode -lock-timeout=60s
aws_s3_bucket.assets: Refreshing state... [id=acme-assets]

Terraform used the selected providers to generate the following execution plan. Resource actions are indicated with
the following symbols:
  ~ update in-place

Terraform will perform the following actions:

  # aws_s3_bucket.assets will be updated in-place
  ~ resource "aws_s3_bucket" "assets" {
      ~ tags = {
          + "team" = "web"
        }
    }

Plan: 0 to add, 1 to change, 0 to destroy.
ERROR: Job failed: exit code 2
"""),
    # helm diff upgrade --detailed-exitcode
    ("gha-helm-diff-upgrade-exit-2", """##[group]Run helm diff upgrade web ./charts/web --detailed-exitcode
helm diff upgrade web ./charts/web --detailed-exitcode
shell: /usr/bin/bash -e {0}
##[endgroup]
default, web, Deployment (apps) has changed:
  # Source: web/templates/deployment.yaml
  apiVersion: apps/v1
  kind: Deployment
  spec:
-   replicas: 2
+   replicas: 3
Error: Process completed with exit code 2.
"""),
    # kubectl diff inside a script with no telling name (exit 1 = differences)
    ("circleci-kubectl-diff-in-script", """#!/bin/bash -eo pipefail
./ci/check-drift.sh
diff -u -N /tmp/LIVE-2214651734/apps.v1.Deployment.prod.web /tmp/MERGED-1198004561/apps.v1.Deployment.prod.web
--- /tmp/LIVE-2214651734/apps.v1.Deployment.prod.web\t2024-05-01 10:00:00.000000000 +0000
+++ /tmp/MERGED-1198004561/apps.v1.Deployment.prod.web\t2024-05-01 10:00:00.000000000 +0000
@@ -6 +6 @@
-  replicas: 2
+  replicas: 3

Exited with code exit status 1
"""),
    # the same with no word from the download: a checksum that differs (upstream re-tag or a corrupt download)
    ("travis-checksum-diff-silent", """$ ./ci/fetch-toolchain.sh
--- toolchain.sha256
+++ ci/toolchain.sha256.expected
@@ -1 +1 @@
-e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  toolchain.tar.xz
+5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef  toolchain.tar.xz
The command "./ci/fetch-toolchain.sh" exited with 1.
"""),
    # golden comparison after the test binary timed out in an earlier command
    ("gitlab-golden-diff-after-test-binary-timeout", """$ ./build/bin/integration > out/actual.txt
integration: case 17 (replication) did not finish within 120s, aborting
$ diff -u tests/golden/expected.txt out/actual.txt
--- tests/golden/expected.txt\t2024-05-01 10:00:00.000000000 +0000
+++ out/actual.txt\t2024-05-01 10:02:01.000000000 +0000
@@ -17,3 +17,0 @@
-case 17: ok
-case 18: ok
-case 19: ok
Cleaning up project directory and file based variables
ERROR: Job failed: exit code 1
"""),
    # porcelain lines after git clean failed with permission denied (a workspace left by a root container)
    ("gitlab-git-clean-permission-denied-then-porcelain", """$ git clean -ffdx
warning: failed to remove build/cache/: Permission denied
Removing node_modules/
$ make generate
$ git status --porcelain && test -z "$(git status --porcelain)"
?? build/cache/
ERROR: Job failed: exit code 1
"""),
    # 18d a runner's list of test files then "Terminated" and exit 1 from its wrapper
    ("travis-test-list-then-terminated", """$ ./ci/run-shard.sh
test/unit/order.test.js
test/unit/user.test.js
Terminated
The command "./ci/run-shard.sh" exited with 1.
"""),
]

KNOWN_MISREAD = {
    "jenkins-find-list-then-tar-no-space": (
        "LEFT: GNU tar's short write ('Wrote only N of M bytes') names no cause; a full disk is the usual one on a runner, "
        "but a quota or a file-size limit reads the same; structure-unexplained-error reads real (0.71). Not the wordless "
        "reading's (it stands aside on tar's error lines)."),
    "azure-windows-paths-list": (
        "LEFT: Azure's PowerShell task: its script line ('.\\\\build\\\\check-format.ps1') is not taken for a command and "
        "backslash paths are no path lines; unknown, the safe side (git's own lists have forward slashes on Windows and "
        "read: gha-windows-pwsh-porcelain)."),
    "gitlab-diff-longer-than-caps": (
        "LEFT: a diff of more than _WORDLESS_LINES (20,000) lines puts the step's echo out of reach; unknown, the safe side."),
    "gitlab-generator-rate-limited-then-diff": (
        "LEFT: GitHub's API rate limit in the generator's output (the wordless reading stands aside on it) against the "
        "drift-check tool reading of `git diff --exit-code` (0.8): unknown; not the wordless reading's."),
}

# the wordless reading stands aside on these (the step broke on a download; a cluster's state)
NOT_WORDLESS = ["gha-info-diff-then-curl-52-same-step", "travis-checksum-diff-after-curl-18",
                "circleci-kubectl-diff-in-script"]
# and reads these (exit statuses and traces in other forms)
WORDLESS_READS = ["codebuild-porcelain-command-did-not-exit", "jenkins-timestamper-porcelain", "gha-timestamped-diff",
                  "azure-crlf-git-diff", "gha-git-diff-color-ansi", "gha-diff-with-minified-long-line"]

# words of the patterns review 25a added (structure.py), for benchmarks/pattern_speed.py's long lines
LONG_LINE_WORDS = ["curl: (52)", "LIVE-", "MERGED-", "test -z", "Running command", "exit 1"]

_ALL = {c[0]: c[-1] for c in CASES} | {c[0]: c[1] for c in NOT_SURELY_TRANSIENT}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review25_a_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review25_a_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize("case_id", NOT_WORDLESS)
def test_review25_a_wordless_stands_aside(case_id: str) -> None:
    v = judge(_ALL[case_id])
    assert not signatures(v) & WORDLESS, v.rationale


@pytest.mark.parametrize("case_id", WORDLESS_READS)
def test_review25_a_wordless_reads(case_id: str) -> None:
    v = judge(_ALL[case_id])
    assert signatures(v) & WORDLESS, v.rationale

# (the stand-aside patterns on one long line are timed in benchmarks/linear_time.py, not here)


def test_review25_a_ids_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
