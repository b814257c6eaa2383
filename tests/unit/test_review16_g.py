"""Review 16g of the sixteenth round's workflow_engines section (and the unless items it added to killed-137, oom-killed,
scheduling-capacity and resource-exhausted): adversarial logs, made up. A Nextflow task terminated by the external system
beside another process's own exit status, an Airflow zombie or an Argo "pod deleted" beside another task's code error, a
failed test run or another node's own exit code, is the code's failure; an nf-test snapshot below a process an outage
failed is that outage's damage (the entry is downstream); Cromwell's return code 137 is a kill, neither sure; Luigi's
summary over a task killed by SIGKILL is no sure real; the nf-test entry reads no other tool's snapshot report; runner-level
OOM kills and exit 137 still read transient."""

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

REAL: list[tuple[str, str]] = [
    # another process failed on its own KeyError; Nextflow killed the rest, and that error recurs
    ('nf-ext-after-other-task-traceback',
     '$ nextflow run main.nf -profile test,google\nERROR ~ Error executing process > \'PARSE_VCF (s1)\'\n\nCaused by:\n  Process `PARSE_VCF (s1)` terminated with an error exit status (1)\n\nCommand error:\n  Traceback (most recent call last):\n    File "/opt/bin/parse_vcf.py", line 40, in <module>\n  KeyError: \'AF\'\n\nWARN: Killing running tasks (2)\nERROR ~ Process `ALIGN (s3)` terminated for an unknown reason -- Likely it has been terminated by the external system\n##[error]Process completed with exit code 1.\n'),
    # a provider's own test of zombie detection failed on its assertion; the scheduler's line is its captured output
    ('zombie-in-airflow-provider-test-stderr',
     '$ pytest providers/tests/celery -q\nF\n=================================== FAILURES ===================================\n________________ test_zombie_task_is_failed ________________\n    def test_zombie_task_is_failed(self):\n>       assert ti.state == State.FAILED\nE       AssertionError: assert \'running\' == \'failed\'\n----------------------------- Captured stderr call -----------------------------\n[2026-03-02T10:20:41.118+0000] {scheduler_job_runner.py:1746} ERROR - Detected zombie job: {\'full_filepath\': \'/tmp/dags/test_dag.py\', \'msg\': "{\'DAG Id\': \'test_dag\', \'Task Id\': \'sleep\'}"}\nFAILED providers/tests/celery/test_executor.py::test_zombie_task_is_failed - AssertionError\n1 failed, 33 passed in 14.2s\n##[error]Process completed with exit code 1.\n'),
    # a scheduler test failed on a KeyError; the zombie line is the in-process scheduler's captured log
    ('zombie-in-captured-log-other-test-fails',
     "$ pytest tests/jobs -q\n..F\n=================================== FAILURES ===================================\n______________ test_scheduler_marks_dagrun ______________\nE       KeyError: 'queued_dttm'\n------------------------------ Captured log call -------------------------------\n[2026-03-02T10:20:41.118+0000] {scheduler_job_runner.py:1746} ERROR - Detected zombie job: {'full_filepath': '/tmp/dags/d.py'}\nFAILED tests/jobs/test_scheduler_job.py::test_scheduler_marks_dagrun - KeyError: 'queued_dttm'\n1 failed, 120 passed in 40.2s\n##[error]Process completed with exit code 1.\n"),
    # another task of the DAG run failed on a KeyError of its code: the run fails again
    ('zombie-then-other-task-failed-own-error',
     '$ ./ci/run-dag.sh ingest\nairflow-worker-1     | [2026-03-02T10:19:02.000+0000] {taskinstance.py:2698} ERROR - Task failed with exception\nairflow-worker-1     | KeyError: \'customer_id\'\nairflow-scheduler-1  | [2026-03-02T10:20:41.118+0000] {scheduler_job_runner.py:1746} ERROR - Detected zombie job: {\'full_filepath\': \'/opt/airflow/dags/ingest.py\', \'msg\': "{\'DAG Id\': \'ingest\', \'Task Id\': \'load\'}"}\nDAG run manual__2026-03-02T10:18:00+00:00 of ingest finished in state failed\n##[error]Process completed with exit code 1.\n'),
    # another node's own command exited 1 (a failed test step): the run fails again
    ('argo-pod-deleted-beside-failed-test-node',
     '$ argo submit --wait ci/pipeline.yaml\npipeline-x7k2p Failed at 2026-03-02 10:22:13 +0000 UTC\n$ argo get pipeline-x7k2p\nSTEP                 TEMPLATE  PODNAME                     DURATION  MESSAGE\n ✖ pipeline-x7k2p   main\n ├─✖ unit-tests     go-test   pipeline-x7k2p-2817361      41s       main: Error (exit code 1)\n └─⚠ e2e            suite     pipeline-x7k2p-1539922      6m        pod deleted\n##[error]Process completed with exit code 1.\n'),
    # a go test streamed by --log failed on its comparison; the deleted pod is another node's
    ('argo-pod-deleted-after-go-test-fail',
     '$ argo submit --wait --log ci/pipeline.yaml\npipeline-x7k2p-unit: --- FAIL: TestParse (0.00s)\npipeline-x7k2p-unit:     parse_test.go:31: got "v1", want "v2"\npipeline-x7k2p-unit: FAIL\tgithub.com/acme/app/parse\t0.012s\npipeline-x7k2p Failed at 2026-03-02 10:22:13 +0000 UTC\n$ argo get pipeline-x7k2p\n └─⚠ lint           lint      pipeline-x7k2p-1539922      6m        pod deleted\n##[error]Process completed with exit code 1.\n'),
    # Nextflow's own Spock test compares the message: a value, not the run meeting it
    ('nf-ext-spock-condition',
     "$ ./gradlew :nextflow:test --tests TaskProcessorTest\nTaskProcessorTest > should report unknown termination FAILED\n    Condition not satisfied:\n\n    error.message == 'Process `foo` terminated for an unknown reason -- Likely it has been terminated by the external system'\n    |     |       |\n    |     |       false\n    |     Process `foo` terminated for an unknown reason -- Likely it was terminated by the external system\n850 tests completed, 1 failed\nFAILURE: Build failed with an exception.\n##[error]Process completed with exit code 1.\n"),
    # pytest failed on a compared value before the pipeline ran
    ('nf-ext-then-post-step-test-fail',
     '$ pytest tests -q\nFAILED tests/test_parse.py::test_af - AssertionError: 0.5 != 0.25\n1 failed, 20 passed in 2.10s\n$ nextflow run main.nf -profile test,awsbatch\n  Process `ALIGN (s3)` terminated for an unknown reason -- Likely it has been terminated by the external system\n##[error]Process completed with exit code 1.\n'),
    # an operator's e2e table says a pod was deleted; the test fails on its own expectation
    ('kubectl-table-status-pod-deleted-operator-test',
     '$ make e2e\nNAME          PHASE     MESSAGE\ncleanup-job   Done      pod deleted\n--- FAIL: TestCleanupJob (12.01s)\n    cleanup_test.go:88: expected phase Done, got Failed\nFAIL\tgithub.com/acme/op/e2e\t12.3s\n##[error]Process completed with exit code 1.\n'),
    # another test failed on its assertion beside the dev server's start error
    ('temporal-devserver-in-one-fixture-other-assert',
     '$ pytest tests -q\nE   AssertionError: assert 41 == 42\nFAILED tests/test_math.py::test_answer - AssertionError: assert 41 == 42\nE   RuntimeError: Failed starting Temporal dev server: Failed connecting to test server after 5 seconds, last error: Server connection error\nERROR tests/test_wf.py::test_workflow - RuntimeError: Failed starting Temporal dev server\n1 failed, 1 error, 30 passed in 12.0s\n##[error]Process completed with exit code 1.\n'),
    # the scheduler answered after a retry; the task failed on a KeyError
    ('luigi-rpc-retry-then-task-keyerror',
     '$ luigi --module pipeline.report BuildReport --scheduler-host luigid\nWARNING: Failed connecting to remote scheduler \'http://luigid:8082\'\nINFO: Retrying attempt 2 of 3 (max)\nERROR: [pid 4242] Worker Worker(salt=1, workers=1, host=r, username=r, pid=4242) failed    BuildReport(date=2026-03-01)\nTraceback (most recent call last):\n  File "/src/pipeline/report.py", line 52, in run\nKeyError: \'revenue\'\n===== Luigi Execution Summary =====\nThis progress looks :( because there were failed tasks\n===== Luigi Execution Summary =====\n##[error]Process completed with exit code 1.\n'),
    # pip's retry warning was survived; the task failed on a ValueError
    ('luigi-summary-pip-retry-warning-above',
     '$ pip install -r requirements.txt\nWARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by \'ReadTimeoutError("HTTPSConnectionPool(host=\'pypi.org\', port=443): Read timed out. (read timeout=15)")\': /simple/pandas/\nSuccessfully installed pandas-2.2.1\n$ python -m luigi --module pipeline.report BuildReport --local-scheduler\nERROR: [pid 4242] Worker Worker(salt=1, workers=1, host=r, username=r, pid=4242) failed    BuildReport(date=2026-03-01)\nValueError: could not convert string to float: \'n/a\'\n===== Luigi Execution Summary =====\nThis progress looks :( because there were failed tasks\n===== Luigi Execution Summary =====\n##[error]Process completed with exit code 1.\n'),
    # the process failed on a KeyError, the snapshot lacks its output
    ('nftest-snapshot-after-process-python-error',
     'Test Process PARSE\n\n  Test [1a2b3c4d] \'default\' FAILED (10.2s)\n\n  Nextflow stdout:\n  Process `PARSE (s1)` terminated with an error exit status (1)\n  KeyError: \'AF\'\n\n  java.lang.RuntimeException: Different Snapshot:\n  [ "s1.tsv:md5,aa" ]          |  [ ]\n\nFAILURE: Executed 1 tests in 10.2s (1 failed)\n##[error]Process completed with exit code 1.\n'),
    # a warned retry of a pull that then went on; the snapshot differs on an md5
    ('nftest-snapshot-plain-with-earlier-pull-retry-warn',
     '$ nf-test test --ci --profile docker\nWARN: Failed to pull image, retrying (attempt 1/3): net/http: TLS handshake timeout\nTest Process FASTQC\n\n  Test [1a2b3c4d] \'single-end\' FAILED (21.4s)\n\n  java.lang.RuntimeException: Different Snapshot:\n  [ "s1_fastqc.zip:md5,6c1f" ]          |  [ "s1_fastqc.zip:md5,0d9e" ]\n\nFAILURE: Executed 4 tests in 63.2s (1 failed)\n##[error]Process completed with exit code 1.\n'),
    # a task's own exit code 1 that Cromwell does not accept
    ('cromwell-rc-1',
     "[2026-03-02 10:12:45,02] [error] WorkflowManagerActor: Workflow 5e0c8b1a failed (during ExecutingWorkflowState): Job qc.align:NA:1 exited with return code 1 which has not been declared as a valid return code. See 'continueOnReturnCode' runtime attribute for more details.\n##[error]Process completed with exit code 1.\n"),
    # (the engine drops only real-leaning lines of a '|| true' command) the notify step's timeout failed nothing; the task's TypeError did
    # (outlived19, was LEFT) read real: the engine's outlived-outage rules (placement.py, _failed_after_outages, _beside_other_mismatch)
    ('left-luigi-summary-after-non-blocking-curl-timeout',
     "$ ./ci/notify.sh start || true\ncurl: (28) Connection timed out after 10001 milliseconds\n$ python -m luigi --module pipeline.report BuildReport --local-scheduler\nERROR: [pid 4242] Worker Worker(salt=1, workers=1, host=r, username=r, pid=4242) failed    BuildReport(date=2026-03-01)\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n===== Luigi Execution Summary =====\nThis progress looks :( because there were failed tasks\n===== Luigi Execution Summary =====\n##[error]Process completed with exit code 1.\n"),
]

TRANSIENT: list[tuple[str, str]] = [
    # the image pull timed out, so the process made no output and the snapshot differs
    ('nftest-diff-after-docker-pull-timeout',
     'Test Process MULTIQC\n\n  Test [1a2b3c4d] \'default\' FAILED (40.2s)\n\n  Nextflow stdout:\n  Process `MULTIQC` terminated with an error exit status (125)\n  docker: Error response from daemon: Get "https://registry.example.org/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).\n\n  java.lang.RuntimeException: Different Snapshot:\n  [ "multiqc_report.html" ]          |  [ ]\n\nFAILURE: Executed 1 tests in 40.2s (1 failed)\n##[error]Process completed with exit code 1.\n'),
    # the executor lost the task, so the snapshot lacks its output
    ('nftest-snapshot-after-terminated-externally',
     'Test Process ALIGN\n\n  Test [1a2b3c4d] \'default\' FAILED (10.2s)\n\n  Nextflow stdout:\n  Process `ALIGN (s1)` terminated for an unknown reason -- Likely it has been terminated by the external system\n\n  java.lang.RuntimeException: Different Snapshot:\n  [ "s1.bam:md5,aa" ]          |  [ ]\n\nFAILURE: Executed 1 tests in 10.2s (1 failed)\n##[error]Process completed with exit code 1.\n'),
    # the other task's error was ignored (its errorStrategy); the run failed on the lost task
    ('nf-ext-plus-other-task-exit1',
     "$ nextflow run main.nf -profile test,awsbatch\n[3e/9a8b7c] NOTE: Process `TRIM (s2)` terminated with an error exit status (1) -- Error is ignored\nERROR ~ Error executing process > 'ALIGN (s3)'\n\nCaused by:\n  Process `ALIGN (s3)` terminated for an unknown reason -- Likely it has been terminated by the external system\n\nCommand exit status:\n  -\n##[error]Process completed with exit code 1.\n"),
    # nf-test's pipeline run lost its task to the external system
    ('nf-ext-in-nftest-then-snapshot',
     "Test Process ALIGN\n\n  Test [1a2b3c4d] 'paired' FAILED (91.2s)\n\n  Nextflow stdout:\n  Process `ALIGN (s1)` terminated for an unknown reason -- Likely it has been terminated by the external system\n\nFAILURE: Executed 3 tests in 120.0s (1 failed)\n##[error]Process completed with exit code 1.\n"),
    # the task failed on a remote API's read timeout; the summary counts it
    ('luigi-summary-task-read-timeout',
     "$ python -m luigi --module pipeline.fetch Fetch --local-scheduler\nERROR: [pid 51] Worker Worker(salt=1, workers=1, host=r, username=r, pid=51) failed    Fetch()\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Read timed out. (read timeout=30)\n===== Luigi Execution Summary =====\nThis progress looks :( because there were failed tasks\n===== Luigi Execution Summary =====\n##[error]Process completed with exit code 1.\n"),
    # webpack killed on the runner, the job exits 137: the host's memory
    ('gha-runner-exit-137-plain',
     '$ npm run build\n> webpack --mode production\nKilled\n##[error]Process completed with exit code 137.\n'),
    # the shell's Killed for nextflow itself and exit 137: the runner's memory, not a task's limit
    ('host-oom-kills-nextflow-itself',
     '$ nextflow run main.nf -profile test,docker\n[4a/7e21c0] process > ALIGN (s1) [  0%] 0 of 1\n/home/runner/work/_temp/abc.sh: line 1:  4242 Killed                  nextflow run main.nf -profile test,docker\n##[error]Process completed with exit code 137.\n'),
    # the kernel's OOM killer's own line beside the task's 137: the host ran out
    ('kernel-oom-plus-nf-137',
     "[ 1234.5] Out of memory: Killed process 88 (STAR) total-vm:30000000kB\nERROR ~ Error executing process > 'STAR_ALIGN (s1)'\n\nCaused by:\n  Process `STAR_ALIGN (s1)` terminated with an error exit status (137)\n##[error]Process completed with exit code 1.\n"),
    # bash's Killed for a rule's command on the runner (no limit of the task's own)
    ('snakemake-local-killed-host',
     'rule bwa_mem:\n    input: s1.fq\n/usr/bin/bash: line 1:  4242 Killed                  bwa mem ref.fa s1.fq > s1.sam\nError in rule bwa_mem:\n    jobid: 1\n        (command exited with non-zero exit code)\nExiting because a job execution failed. Look below for error messages\n##[error]Process completed with exit code 1.\n'),
    # a CI step's container OOMKilled: read as the catalogue reads any OOM kill
    ('tekton-step-oomkilled',
     '$ tkn taskrun describe build-run\nSTEP NAME   STATUS\n ∙ build     OOMKilled\nbuild-run: OOMKilled (exit code 137)\n##[error]Process completed with exit code 1.\n'),
    # a node SIGTERMed (143) beside a deleted pod: a drain, no exit code of the code's
    ('argo-pod-deleted-beside-oomkilled-node',
     '$ argo get e2e-9wq4d\n ├─✖ build       build     e2e-9wq4d-111      41s       main: Error (exit code 143)\n └─⚠ run-suite  suite     e2e-9wq4d-1539922  6m        pod deleted\n##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # QC failed on an R error of its own; the lost ALIGN task does not decide
    ('nf-ext-errorstrategy-finish-other-failed',
     "[a1/b2c3d4] process > QC (s1)     [100%] 2 of 2, failed: 1 ✘\n[e5/f6a7b8] process > ALIGN (s2)  [100%] 2 of 2, failed: 1 ✘\nExecution cancelled -- Finishing pending tasks before exit\nERROR ~ Error executing process > 'QC (s1)'\n\nCaused by:\n  Process `QC (s1)` terminated with an error exit status (2)\n\nCommand error:\n  qc.R: Error in read.table(file): duplicate 'row.names' are not allowed\n\nWARN: Process `ALIGN (s2)` terminated for an unknown reason -- Likely it has been terminated by the external system\n##[error]Process completed with exit code 1.\n"),
    # the dev server exited on the project's own misspelt flag before the client gave up
    ('temporal-devserver-bad-extra-args',
     '$ pytest tests -q\nError: unknown flag: --dynamic-config-valeu\nE   RuntimeError: Failed starting Temporal dev server: Failed connecting to test server after 5 seconds, last error: Server connection error: tonic::transport::Error(Transport, ConnectError)\nERROR tests/test_wf.py::test_workflow - RuntimeError: Failed starting Temporal dev server\n1 error in 6.0s\n##[error]Process completed with exit code 1.\n'),
    # a task exiting 137 on Cromwell: its memory attribute or the host, either way
    ('cromwell-return-code-137',
     "[2026-03-02 10:12:45,02] [error] WorkflowManagerActor: Workflow 5e0c8b1a failed (during ExecutingWorkflowState): Job qc.align:NA:1 exited with return code 137 which has not been declared as a valid return code. See 'continueOnReturnCode' runtime attribute for more details.\n##[error]Process completed with exit code 1.\n"),
]

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # the task's process died of SIGKILL (-9), most often memory: no code failure shown
    ('luigi-summary-info-died-minus9',
     '$ python -m luigi --module pipeline.train Train --local-scheduler --workers 2\nINFO: Task Train__99914b932b died unexpectedly with exit code -9\n===== Luigi Execution Summary =====\n\nScheduled 2 tasks of which:\n* 1 failed:\n    - 1 Train()\n\nThis progress looks :( because there were failed tasks\n\n===== Luigi Execution Summary =====\n##[error]Process completed with exit code 1.\n'),
    # a kill's return code (137) is no exit code of the task's command
    ('cromwell-return-code-137-not-real',
     "[2026-03-02 10:12:45,02] [error] WorkflowManagerActor: Workflow 5e0c8b1a failed (during ExecutingWorkflowState): Job qc.align:NA:1 exited with return code 137 which has not been declared as a valid return code. See 'continueOnReturnCode' runtime attribute for more details.\n##[error]Process completed with exit code 1.\n"),
]

OTHER_SNAPSHOT_TOOLS: list[tuple[str, str]] = [
    # Jest's snapshot report (its received value an upstream's 502 page): not nf-test's wording
    ('jest-snapshot-mismatched-error-page',
     '$ jest\n FAIL  src/__tests__/status.test.js\n  ● status page › renders upstream\n\n    expect(received).toMatchSnapshot()\n\n    Snapshot name: `status page renders upstream 1`\n\n    - Snapshot  - 1\n    + Received  + 1\n\n    - <h1>All systems normal</h1>\n    + <h1>502 Bad Gateway</h1>\n\n › 1 snapshot failed.\nTests:       1 failed, 12 passed, 13 total\n##[error]Process completed with exit code 1.\n'),
    # insta's snapshot diff: not nf-test's wording
    ('insta-snapshot-error-body',
     "$ cargo insta test --check\n---- api::tests::health stdout ----\nSnapshot file: src/snapshots/api__tests__health.snap\nSnapshot: health\n-old snapshot\n+new results\n    0     0 │ status: 200\n    1       │-body: ok\n          1 │+body: connection refused\nthread 'api::tests::health' panicked at src/api.rs:40:5:\nsnapshot assertion for 'health' failed in line 40\ntest result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.31s\n##[error]Process completed with exit code 1.\n"),
    # syrupy's assertion: not nf-test's wording
    ('syrupy-snapshot-with-503',
     "$ pytest -q\nE       AssertionError: assert [+ received] == [- snapshot]\nE         - {'status': 200}\nE         + {'status': 503, 'error': 'Service Unavailable'}\nFAILED tests/test_api.py::test_health - AssertionError: assert [+ received] == [- snapshot]\n1 failed, 9 passed in 1.2s\n##[error]Process completed with exit code 1.\n"),
]

# Left (strict xfail), each read by an older entry or the engine, outside this section:
LEFT: list[tuple[str, str, str]] = [
    # (killed-137's older bash 'Killed' pattern) with --keep-going, parse_vcf's KeyError fails every run; bwa's kill does not decide
    ('left-snakemake-keepgoing-killed-plus-other-rule-error', 'real',
     '$ snakemake --cores 4 --keep-going\nrule parse_vcf:\nTraceback (most recent call last):\n  File "scripts/parse.py", line 40, in <module>\nKeyError: \'AF\'\nError in rule parse_vcf:\n    jobid: 3\n        (command exited with non-zero exit code)\nrule bwa_mem:\n/usr/bin/bash: line 1:  4242 Killed                  bwa mem ref.fa s1.fq > s1.sam\nError in rule bwa_mem:\n    jobid: 1\n        (command exited with non-zero exit code)\nExiting because a job execution failed. Look below for error messages\n##[error]Process completed with exit code 1.\n'),
]



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


@pytest.mark.parametrize("log", logs(OTHER_SNAPSHOT_TOOLS))
def test_nf_test_snapshot_entry_reads_no_other_tool(log):
    assert "snapshot-test-mismatch-or-missing" not in signatures(judge(log))


@pytest.mark.xfail(strict=True, reason="left: see the comment above LEFT")
@pytest.mark.parametrize(("want", "log"), labelled(LEFT))
def test_left(want, log):
    reads(log, want)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, NOT_SURELY_REAL, OTHER_SNAPSHOT_TOOLS, [(c,) for c, _, _ in LEFT])
