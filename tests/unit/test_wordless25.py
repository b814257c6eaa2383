"""Twenty-fifth round, wordless: deterministic checks whose failing output has no error word.

Covered: a CI step that fails by printing what differs and exiting 1, with nothing else to say: a unified diff (``git
diff --exit-code`` after a generation step, ``diff -u`` in a docs-TOC check, gofmt -d's and black --diff's diffs,
rustfmt --check's "Diff in <path> at line <n>:", diff -r's "Only in" and "Files ... differ", a "PLEASE APPLY CHANGES
BELOW" notice above a diff), a bare list of files (gofmt -l, shfmt -l, prettier --list-different, terraform fmt
-check), ``git status --porcelain`` lines and ``git diff --stat`` lines after a generation step. The reading is
structure.wordless_output: the failing step's own output (below its last command, above the CI system's closing line)
is such output and nothing else in it reads as an error or as trouble -> real (structure-unified-diff,
structure-path-list), across the closing lines of GitHub Actions, Travis, GitLab, CircleCI, Jenkins, Azure Pipelines
and Buildkite.

Where the shapes come from (cited at the reading in triage_agent/classify/structure.py): git-diff(1) and
git-status(1) (documented), GNU diffutils' unified and -q/-r formats (documented), gofmt -l/-d and black --diff
(recalled), rustfmt's "Diff in" line (rust-lang/rustfmt src/emitter/diff.rs, recalled; the "Diff in {}:" form read in a
formatter's source in the code index), shfmt -l (mvdan/sh cmd/shfmt, read), prettier --list-different and terraform fmt
-check -list (documented). The CI systems' closing lines are the ones structure.py reads (its comments cite them).
Paths, files, hosts and scripts are made up; no project's CI log is copied.

The rules the cases hold:
  * a step whose output is only a diff, a list of files, porcelain or stat lines, besides the echoed script, quiet
    lines, a wrapper's relay (make's "*** [x] Error 1") and a few lines of the check's advice (even "ERROR: generated
    files are out of date": words about the difference itself) -> real, the evidence the diff's first header line;
  * the diff's own body may hold any words ("-  timeout: 30s"): they are the files', not the job's;
  * an outage, a timeout, a killed process in the same step before the diff (the diff may be its damage: a go.sum cut
    short, a file not fetched) -> the reading stands aside: transient where the log shows the outage;
  * a test framework's value comparison (testify's "--- Expected / +++ Actual", pytest's "E   - / E   +", Jest's
    snapshot diff), a deploy or live-state diff (kubectl diff, helm diff, an rsync dry run), an exit status other than 1
    or 2 -> the reading stands aside (the other readings' verdicts stay);
  * English logs of other kinds (a compile error, a test summary, a list of files followed by more output) -> the
    reading stands aside.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, reads, signatures

DIFF = "structure-unified-diff"
PATHS = "structure-path-list"

# (id, verdict, log): the reading reads these
READ: list[tuple[str, str, str]] = [
    # Travis: a custom check whose output is git's diff, then Travis's closing line
    ("travis-check-generated-git-diff", "real", """$ ./scripts/check-generated.sh
diff --git a/pkg/api/zz_generated.deepcopy.go b/pkg/api/zz_generated.deepcopy.go
index 3b18e51..a9c2f7d 100644
--- a/pkg/api/zz_generated.deepcopy.go
+++ b/pkg/api/zz_generated.deepcopy.go
@@ -10,7 +10,7 @@ func (in *Widget) DeepCopy() *Widget {
 \tout := new(Widget)
-\tin.DeepCopyInto(out)
+\tin.deepCopyInto(out)
 \treturn out
 }

The command "./scripts/check-generated.sh" exited with 1.
"""),
    # GitHub Actions: the "Run" group echoes the script, then the diff
    ("gha-verify-codegen-diff", "real", """##[group]Run ./hack/verify-codegen.sh
./hack/verify-codegen.sh
shell: /usr/bin/bash -e {0}
env:
  GOFLAGS: -mod=mod
##[endgroup]
diff --git a/client/clientset/typed/v1/widget.go b/client/clientset/typed/v1/widget.go
--- a/client/clientset/typed/v1/widget.go
+++ b/client/clientset/typed/v1/widget.go
@@ -42,3 +42,4 @@ type WidgetsGetter interface {
 \tWidgets(namespace string) WidgetInterface
+\tGadgets(namespace string) GadgetInterface
 }
Error: Process completed with exit code 1.
"""),
    # GitHub Actions, no group markers; make relays the check's status (exit 2)
    ("gha-docs-toc-diff-u-through-make", "real", """Run make verify-toc
make verify-toc
shell: /usr/bin/bash -e {0}
./scripts/gen-toc.sh README.md > /tmp/README.toc.md
diff -u README.md /tmp/README.toc.md
--- README.md\t2024-05-01 10:00:00.000000000 +0000
+++ /tmp/README.toc.md\t2024-05-01 10:00:01.000000000 +0000
@@ -3,6 +3,7 @@
 - [Install](#install)
+- [Usage](#usage)
 - [License](#license)
make: *** [Makefile:41: verify-toc] Error 1
Error: Process completed with exit code 2.
"""),
    # GitHub Actions: a notice above the diff, no error word
    ("gha-please-apply-changes-below", "real", """##[group]Run ./ci/check-format
./ci/check-format
shell: /usr/bin/bash -e {0}
##[endgroup]
PLEASE APPLY CHANGES BELOW
diff --git a/src/codec.c b/src/codec.c
--- a/src/codec.c
+++ b/src/codec.c
@@ -77,7 +77,8 @@ static int decode(const uint8_t *in, size_t n)
-    if (n == 0) return 0;
+    if (n == 0)
+        return 0;
Error: Process completed with exit code 1.
"""),
    # GitHub Actions: a script that runs gofmt -l and prints its list
    ("gha-gofmt-l-list-in-script", "real", """##[group]Run ./hack/verify-gofmt.sh
./hack/verify-gofmt.sh
shell: /usr/bin/bash -e {0}
##[endgroup]
pkg/server/handler.go
pkg/client/backoff.go
Error: Process completed with exit code 1.
"""),
    # GitLab: git's short status after a generation step
    ("gitlab-porcelain-after-generate", "real", """$ make generate
go generate ./...
$ git status --porcelain && test -z "$(git status --porcelain)"
 M api/openapi.yaml
?? internal/gen/types_gen.go
Cleaning up project directory and file based variables
ERROR: Job failed: exit code 1
"""),
    # GitLab: git diff --stat after a generation step
    ("gitlab-diff-stat-after-generate", "real", """$ npm run generate:api
> generate:api
> openapi-generator-cli generate -i spec.yaml -o src/api
$ git diff --stat --exit-code
 src/api/models/Order.ts | 4 ++--
 1 file changed, 2 insertions(+), 2 deletions(-)
ERROR: Job failed: exit code 1
"""),
    # GitLab: prettier --list-different in a script with no telling name
    ("gitlab-prettier-list-different-in-script", "real", """$ ./scripts/ci/js-checks
src/components/Header.tsx
src/pages/index.tsx
ERROR: Job failed: exit code 1
"""),
    # GitLab: the after_script's commands run after the failure; the step's output is read above them
    ("gitlab-diff-then-after-script", "real", """$ ./tools/check-schema-dump
--- a/db/schema.sql
+++ b/db/schema.sql
@@ -12,2 +12,3 @@ CREATE TABLE orders (
     id bigint NOT NULL,
+    note text,
Running after_script
$ echo "job finished"
job finished
Cleaning up project directory and file based variables
ERROR: Job failed: exit code 1
"""),
    # CircleCI: the shebang, the script, its output, CircleCI's exit line
    ("circleci-verify-codegen-diff", "real", """#!/bin/bash -eo pipefail
./scripts/verify-codegen.sh
--- a/src/generated/schema.ts
+++ b/src/generated/schema.ts
@@ -1,4 +1,4 @@
-export const VERSION = "1.2.0";
+export const VERSION = "1.3.0";

Exited with code exit status 1
"""),
    # CircleCI: rustfmt's "Diff in" lines under a script with no telling name
    ("circleci-rustfmt-diff-in", "real", """#!/bin/bash -eo pipefail
./ci/check-all.sh
Diff in /home/circleci/project/src/lib.rs at line 12:
 pub fn parse(input: &str) -> Result<Ast> {
-    let tokens = lex(input)?; let ast = build(tokens)?;
+    let tokens = lex(input)?;
+    let ast = build(tokens)?;

Exited with code exit status 1
"""),
    # CircleCI: shfmt -l's list of scripts
    ("circleci-shfmt-l-list", "real", """#!/bin/bash -eo pipefail
./ci/check-shell
scripts/release.sh
scripts/lib/common.bash

Exited with code exit status 1
"""),
    # Jenkins: the shell's trace, a diff whose "+++ README.md.toc" reads like a trace line, the sh step's exit line
    ("jenkins-docs-toc-diff", "real", """[Pipeline] sh
+ ./ci/check-docs-toc.sh
--- README.md
+++ README.md.toc
@@ -3,6 +3,7 @@
 - [Install](#install)
+- [Usage](#usage)
 - [License](#license)
[Pipeline] }
ERROR: script returned exit code 1
Finished: FAILURE
"""),
    # Jenkins: only untracked files after a generation step
    ("jenkins-porcelain-untracked", "real", """[Pipeline] sh
+ ./gradlew generateProto
BUILD SUCCESSFUL in 14s
+ git status --porcelain
+ test -z '?? src/main/java/com/example/gen/OrderProto.java'
?? src/main/java/com/example/gen/OrderProto.java
[Pipeline] }
ERROR: script returned exit code 1
Finished: FAILURE
"""),
    # Azure Pipelines: "Script contents:", the launcher line, a list of files, the Bash task's exit line
    ("azure-list-of-files", "real", """Script contents:
./build/check-sources
========================== Starting Command Output ===========================
/usr/bin/bash --noprofile --norc /home/vsts/work/_temp/4b1c.sh
src/main.c
src/util/strings.c
##[error]Bash exited with code '1'.
"""),
    # Azure Pipelines: git's diff
    ("azure-git-diff", "real", """Script contents:
./eng/verify-generated
========================== Starting Command Output ===========================
/usr/bin/bash --noprofile --norc /home/vsts/work/_temp/9e2a.sh
diff --git a/src/Generated/Api.cs b/src/Generated/Api.cs
index 1a2b3c4..5d6e7f8 100644
--- a/src/Generated/Api.cs
+++ b/src/Generated/Api.cs
@@ -5 +5 @@ namespace Example.Generated
-    public const string Version = "2.1";
+    public const string Version = "2.2";
##[error]Bash exited with code '1'.
"""),
    # Buildkite: its section header, the echo, the diff, its closing line
    ("buildkite-verify-generated-diff", "real", """~~~ Running commands
$ ./scripts/ci/verify-generated
diff -u a/proto/order.pb.go b/proto/order.pb.go
--- a/proto/order.pb.go
+++ b/proto/order.pb.go
@@ -1 +1 @@
-// protoc v3.21.0
+// protoc v3.21.12
🚨 Error: The command exited with status 1
"""),
    # Buildkite: the check's own words about the difference, read as an error, then the diff
    ("buildkite-error-words-about-the-difference", "real", """--- :go: verify
$ ./scripts/verify-mocks
ERROR: generated mocks are out of date, run 'make mocks' and commit the result
diff --git a/internal/mocks/store.go b/internal/mocks/store.go
--- a/internal/mocks/store.go
+++ b/internal/mocks/store.go
@@ -20,0 +21,3 @@ type MockStore struct {
+func (m *MockStore) Close() error {
+\treturn nil
+}
🚨 Error: The command exited with status 1
"""),
    # Travis: diff -r's short lines
    ("travis-diff-r-only-in", "real", """$ ./scripts/compare-dist
Only in dist/: bundle.min.js.map
Files dist/bundle.js and build/bundle.js differ
The command "./scripts/compare-dist" exited with 1.
"""),
    # Travis: black --diff's headers and black's closing words below the diff
    ("travis-black-diff-and-summary", "real", """$ ./scripts/check-python-style
--- src/app/views.py\t2024-05-01 10:00:00.000000+00:00
+++ src/app/views.py\t2024-05-01 10:00:02.123456+00:00
@@ -1,3 +1,3 @@
-x = { 'a':37,'b':42,
+x = {"a": 37, "b": 42}
would reformat src/app/views.py

Oh no! 💥 💔 💥
1 file would be reformatted, 12 files would be left unchanged.
The command "./scripts/check-python-style" exited with 1.
"""),
    # Travis: a diff whose body holds words of trouble and errors: they are the files'
    ("travis-diff-body-with-trouble-words", "real", """$ ./scripts/check-rendered-config
--- a/deploy/rendered/values.yaml
+++ b/deploy/rendered/values.yaml
@@ -4,4 +4,4 @@ service:
-  timeout: 30s
+  timeout: 60s
   retries: 3
-  onError: connection refused page
+  onError: maintenance page
The command "./scripts/check-rendered-config" exited with 1.
"""),
    # Travis: diff -u between two trees named old/ and new/ (names of directories, not a test's compared values)
    ("travis-diff-old-new-trees", "real", """$ ./scripts/check-vendor
--- old/vendor/modules.txt
+++ new/vendor/modules.txt
@@ -1 +1 @@
-# github.com/acme/x v1.0.0
+# github.com/acme/x v1.1.0
The command "./scripts/check-vendor" exited with 1.
"""),
    # Travis: terraform fmt -check's list of files
    ("travis-terraform-fmt-check-list", "real", """$ terraform fmt -check -recursive
modules/vpc/variables.tf
main.tf
The command "terraform fmt -check -recursive" exited with 1.
"""),
]

READ += [
    # an earlier step's download that was retried and went through: the job got past it; the check's diff is the failure
    ("gha-earlier-step-retried-download-then-diff", "real", """##[group]Run npm ci
npm ci
shell: /usr/bin/bash -e {0}
##[endgroup]
npm WARN tarball tarball data for lodash@4.17.21 seems to be corrupted. Trying again.
added 812 packages in 41s
##[group]Run npm run build:types && git diff --exit-code -- types/
npm run build:types && git diff --exit-code -- types/
shell: /usr/bin/bash -e {0}
##[endgroup]

> build:types
> tsc -p tsconfig.types.json

diff --git a/types/index.d.ts b/types/index.d.ts
--- a/types/index.d.ts
+++ b/types/index.d.ts
@@ -3 +3,2 @@ export declare function parse(input: string): Ast;
+export declare function print(ast: Ast): string;
Error: Process completed with exit code 1.
"""),
]

# A diff longer than the window the failing command is looked for in (GitHub Actions)
_LONG_BODY = "\n".join(f"+\tField{n} string `json:\"field{n}\"`" for n in range(700))
READ.append(("gha-long-generated-diff", "real", f"""##[group]Run ./hack/verify-codegen.sh
./hack/verify-codegen.sh
shell: /usr/bin/bash -e {{0}}
##[endgroup]
diff --git a/api/types_gen.go b/api/types_gen.go
--- a/api/types_gen.go
+++ b/api/types_gen.go
@@ -1,3 +1,703 @@
 type Config struct {{
{_LONG_BODY}
 }}
Error: Process completed with exit code 1.
"""))

# (id, verdict, log): the reading stands aside; the verdict is what the other readings give
ASIDE: list[tuple[str, str, str]] = [
    # an outage in the same step before the diff: the diff may be its damage
    ("travis-go-download-timeout-before-diff", "transient", """$ ./scripts/check-generated.sh
go: downloading github.com/acme/widgets v1.2.3
go: github.com/acme/widgets@v1.2.3: Get "https://proxy.golang.org/github.com/acme/widgets/@v/v1.2.3.zip": dial tcp 142.250.1.1:443: i/o timeout
diff --git a/go.sum b/go.sum
--- a/go.sum
+++ b/go.sum
@@ -1,2 +1 @@
-github.com/acme/widgets v1.2.3 h1:abc=
The command "./scripts/check-generated.sh" exited with 1.
"""),
    ("gha-curl-resolve-before-diff", "transient", """##[group]Run ./scripts/check-vendored-schema.sh
./scripts/check-vendored-schema.sh
shell: /usr/bin/bash -e {0}
##[endgroup]
curl: (6) Could not resolve host: schemas.example.org
--- a/schema/vendor.json
+++ b/schema/vendor.json
@@ -1,3 +0,0 @@
-{
-  "type": "object"
-}
Error: Process completed with exit code 1.
"""),
    ("gitlab-npm-econnreset-before-list", "transient", """$ ./scripts/ci/js-checks
npm ERR! code ECONNRESET
npm ERR! network aborted
npm ERR! network This is a problem related to network connectivity.
src/components/Header.tsx
ERROR: Job failed: exit code 1
"""),
    # a killed generator and its half-written output: not surely transient, not read by this reading
    ("circleci-killed-generator-then-diff", "transient", """#!/bin/bash -eo pipefail
./scripts/verify-codegen.sh
./scripts/verify-codegen.sh: line 12:  4121 Killed                  protoc --go_out=. api/*.proto
--- a/api/order.pb.go
+++ b/api/order.pb.go
@@ -1,9 +0,0 @@
-package api

Exited with code exit status 1
"""),
    # stopped for time (exit 124): not read by this reading
    ("gitlab-timeout-124-after-diff", "transient", """$ timeout 600 ./scripts/check-generated.sh
--- a/docs/api.md
+++ b/docs/api.md
@@ -1 +1 @@
-v1
+v2
ERROR: Job failed: exit code 124
"""),
    # a test framework's comparisons
    ("gha-go-test-testify-diff", "real", """##[group]Run go test ./...
go test ./...
shell: /usr/bin/bash -e {0}
##[endgroup]
--- FAIL: TestRender (0.00s)
    render_test.go:31:
        \tError Trace:\trender_test.go:31
        \tError:      \tNot equal:
        \tDiff:
        \t--- Expected
        \t+++ Actual
        \t@@ -1 +1 @@
        \t-hello
        \t+hullo
FAIL
FAIL\texample.com/render\t0.012s
Error: Process completed with exit code 1.
"""),
    ("travis-pytest-assertion-diff", "real", """$ ./scripts/run-checks
    def test_render():
>       assert render("x") == "hello\\nworld"
E       AssertionError: assert 'hullo\\nworld' == 'hello\\nworld'
E         - hello
E         + hullo
E           world
tests/test_render.py:8: AssertionError
The command "./scripts/run-checks" exited with 1.
"""),
    ("gitlab-jest-snapshot-diff", "real", """$ yarn jest --ci
 FAIL  src/__tests__/Header.test.tsx
  ● Header › renders

    expect(received).toMatchSnapshot()

    - Snapshot  - 1
    + Received  + 1

    - <h1>Hello</h1>
    + <h1>Hullo</h1>

Tests:       1 failed, 12 passed, 13 total
ERROR: Job failed: exit code 1
"""),
    # a live system's state compared: a deploy step's diff
    ("gha-kubectl-diff-live-state", "unknown", """##[group]Run kubectl diff -f k8s/
kubectl diff -f k8s/
shell: /usr/bin/bash -e {0}
##[endgroup]
diff -u -N /tmp/LIVE-4123/apps.v1.Deployment.default.web /tmp/MERGED-9911/apps.v1.Deployment.default.web
--- /tmp/LIVE-4123/apps.v1.Deployment.default.web\t2024-05-01 10:00:00.000000000 +0000
+++ /tmp/MERGED-9911/apps.v1.Deployment.default.web\t2024-05-01 10:00:00.000000000 +0000
@@ -6 +6 @@
-  replicas: 2
+  replicas: 3
Error: Process completed with exit code 1.
"""),
    ("travis-rsync-dry-run-deploy-list", "unknown", """$ rsync -av --dry-run public/ deploy@web1.example.org:/srv/site/
sending incremental file list
css/site.css
index.html
The command "rsync -av --dry-run public/ deploy@web1.example.org:/srv/site/" exited with 1.
"""),
    # killed (exit 137): not read by this reading
    ("circleci-exit-137-after-list", "transient", """#!/bin/bash -eo pipefail
./scripts/verify-assets
public/assets/app.css
public/assets/app.js

Exited with code exit status 137
"""),
    # English logs of other kinds
    ("gha-check-with-no-output", "unknown", """##[group]Run ./hack/verify-all.sh
./hack/verify-all.sh
shell: /usr/bin/bash -e {0}
##[endgroup]
Error: Process completed with exit code 1.
"""),
    ("gha-compile-error-not-a-diff", "real", """##[group]Run make build
make build
shell: /usr/bin/bash -e {0}
##[endgroup]
gcc -O2 -c src/codec.c -o build/codec.o
src/codec.c:77:5: error: 'n' undeclared (first use in this function)
make: *** [Makefile:12: build/codec.o] Error 1
Error: Process completed with exit code 2.
"""),
    ("buildkite-list-then-more-output", "unknown", """$ ./scripts/ci/package
dist/app.js
dist/app.css
Packing 2 files
Writing manifest
Computing digests
Signing bundle
Done packing
🚨 Error: The command exited with status 1
"""),
    ("jenkins-tar-listing-then-error", "unknown", """[Pipeline] sh
+ tar -xvf artifacts.tar
build/app.jar
build/lib/core.jar
tar: Unexpected EOF in archive
tar: Error is not recoverable: exiting now
[Pipeline] }
ERROR: script returned exit code 2
Finished: FAILURE
"""),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(READ))
def test_wordless_check_output_reads_real(verdict, log):
    v = reads(log, verdict)
    assert signatures(v) & {DIFF, PATHS}, v.rationale


@pytest.mark.parametrize(("verdict", "log"), labelled(ASIDE))
def test_reading_stands_aside(verdict, log):
    v = judge(log)
    assert not signatures(v) & {DIFF, PATHS}, v.rationale
    assert v.verdict == verdict, v.rationale


def test_evidence_is_the_diffs_first_header_line():
    log = dict((c[0], c[2]) for c in READ)["travis-check-generated-git-diff"]
    v = judge(log)
    finding = next(f for f in v.findings if f.signature == DIFF)
    assert "diff --git a/pkg/api/zz_generated.deepcopy.go" in finding.line
    assert finding.category == "stale-generated"
    assert 0.85 <= v.confidence <= 0.93


def test_a_list_of_files_reads_as_lint_and_porcelain_as_stale_generated():
    cases = dict((c[0], c[2]) for c in READ)
    listed = next(f for f in judge(cases["gha-gofmt-l-list-in-script"]).findings if f.signature == PATHS)
    assert listed.category == "lint" and "pkg/server/handler.go" in listed.line
    porcelain = next(f for f in judge(cases["gitlab-porcelain-after-generate"]).findings if f.signature == PATHS)
    assert porcelain.category == "stale-generated" and "api/openapi.yaml" in porcelain.line


def test_case_ids_are_unique():
    assert_unique_ids(READ, ASIDE)


# the wordless reading's shapes, for a long line of each (pattern_speed.py; the reading needs a step's frame, so each
# repetition brings its own "$ make verify" echo: the output read is the last one's)
LONG_LINE_WORDS = [
    "diff --git a/x b/x ", "--- a/x\t2024-01-01 +++ b/x ", "Diff in a.rs at line 1: ", "Only in a: b ",
    "Files a and b differ ", " M src/x.go ", " a/b | 4 ++-- ", "a/b/c.go ", "LIVE-1/",
    "$ make verify\ndiff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n",
    "$ make verify\n M src/x.go\n?? new.go\n a/b | 4 ++--\n 1 file changed, 2 insertions(+)\n",
]
_EXIT = "The command \"make verify\" exited with 1.\n"


# (one 50,000-character line of each shape as a step's whole output is timed in benchmarks/linear_time.py)
