"""(threads33) Failures as people quote them in issue threads: a few lines cut from a job's log, without the tool's
summary or the CI's framing around them. Three readings, each with its near-miss twins.

A test runner's own report of one test that failed and then passed on a retry, quoted without the run's summary:
Surefire's "Flakes:" list (the attempt that passed, "Run 2: PASS") and its per-class line with a flake count, Bazel's
"FLAKY, failed in 1 out of 2" summary line, cargo-nextest's "FLAKY 2/3" status, Ginkgo's "[FLAKEY TEST - TOOK 2
ATTEMPTS TO PASS]" mark and its "0 Failed | 1 Flaked" summary (twins: Surefire's "Failures:" list where every run
failed, a per-class line with a failure, Bazel's "FAILED in 2 out of 2" for another target, Ginkgo's "FAIL!" summary,
nextest's final "FAIL" of another test).

A Jenkins agent's channel dropping as the step reports it: workflow-durable-task-step's AgentOfflineException, a node
"marked offline: Connection was broken", remoting's "Unexpected reader termination", a "Remote call on JNLP4-connect
connection from ... failed" (twins: the remote call failing on a class the agent's JVM cannot load or link, the same
every run; a node an administrator took offline).

Travis CI's framing of a curl command that exited with a transfer's code ("failed and exited with 18 during .")
(twins: curl piped into a shell or followed by another command, whose code the framing then reports; curl's 22, an
HTTP error status; a script that is not curl).

Over GitHub Actions, Jenkins, GitLab CI, Buildkite, Cirrus CI, Prow, Concourse, Azure Pipelines, Travis CI, CircleCI and
TeamCity; Java, Kotlin, Scala, C++, Python, Rust, Go, R, Ruby, PHP, Haskell and JavaScript.

Each "fix" case reads its verdict since threads33 and not at 79a120f; each "guard" case reads it at 79a120f too (near
misses). Every line here was written for the test (none is copied from a project's CI log, an issue thread or a
dataset); hosts, names and paths are made up. The same cases are /work/wt/threads33-probes.jsonl's."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge

# (id, kind, expected, ci, ecosystem, log): expected "transient" or "real" (that verdict), "not_transient" (real or
# unknown)
CASES = [
    # -- a runner's own report of a test that failed, then passed --------------------------------------------------
    ('f_gh_surefire_flake_list', 'fix', 'transient', 'github-actions', 'java',
     '2026-12-06T05:10:00.1000000Z [INFO] Results:\n2026-12-06T05:10:00.2000000Z [INFO] \n'
     '2026-12-06T05:10:00.3000000Z [WARNING] Flakes: \n'
     '2026-12-06T05:10:00.4000000Z [WARNING] org.acme.ledger.PostingIT.postsBatch\n'
     '2026-12-06T05:10:00.5000000Z [ERROR]   Run 1: PostingIT.postsBatch:71 expected: <12> but was: <11>\n'
     '2026-12-06T05:10:00.6000000Z [INFO]   Run 2: PASS\n'),
    ('f_jenkins_surefire_flake_wait', 'fix', 'transient', 'jenkins', 'kotlin',
     '[WARNING] Flakes: \n[WARNING] org.acme.broker.RollingRestartST.rollsAllNodes\n'
     '[ERROR]   Run 1: RollingRestartST.rollsAllNodes:118 » Wait Timeout after 600000 ms waiting for node restart\n'
     '[INFO]   Run 2: PASS\n[INFO] \n'),
    ('f_gl_surefire_flakes_per_class', 'fix', 'transient', 'gitlab', 'scala',
     '$ mvn -B verify\n[WARNING] Tests run: 9, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1, Time elapsed: 3.27 s - in '
     'org.acme.cache.EvictionSuite\n'),
    ('f_azure_surefire_flake_three_runs', 'fix', 'transient', 'azure-pipelines', 'java',
     '[WARNING] Flakes: \n[WARNING] org.acme.search.IndexerTest.reindexesOnUpdate\n'
     '[ERROR]   Run 1: IndexerTest.reindexesOnUpdate:40 Condition not satisfied\n'
     '[ERROR]   Run 2: IndexerTest.reindexesOnUpdate:40 Condition not satisfied\n'
     '[INFO]   Run 3: PASS\n##[error]Bash exited with code \'1\'.\n'),
    ('f_circle_surefire_flake_list', 'fix', 'transient', 'circleci', 'kotlin',
     '#!/bin/bash -eo pipefail\n./mvnw -B test\n[WARNING] Flakes: \n[WARNING] org.acme.mail.OutboxTest.sendsQueued\n'
     '[ERROR]   Run 1: OutboxTest.sendsQueued:55 expected:<[SENT]> but was:<[QUEUED]>\n[INFO]   Run 2: PASS\n'),
    ('f_bk_bazel_flaky_summary', 'fix', 'transient', 'buildkite', 'cpp',
     '//storage/engine:compaction_test                                  FLAKY, failed in 1 out of 2 in 41.8s\n'
     '  Stats over 2 runs: max = 41.8s, min = 6.2s, avg = 24.0s, dev = 17.8s\n'),
    ('f_cirrus_bazel_flaky_python', 'fix', 'transient', 'cirrus', 'python',
     'INFO: Build completed successfully, 212 total actions\n'
     '//tools/importer:importer_test                                    FLAKY, failed in 2 out of 3 in 12.4s\n'),
    ('f_tc_bazel_flaky_java', 'fix', 'transient', 'teamcity', 'java',
     '[12:40:11] :\t [Step 2/3] //server/auth:token_store_test                    FLAKY, failed in 1 out of 3 in '
     '8.9s\n'),
    ('f_gh_nextest_flaky_status', 'fix', 'transient', 'github-actions', 'rust',
     '        FLAKY 2/3 [   0.519s] relay::tests::reconnects_after_drop\n'),
    ('f_circle_nextest_flaky_status', 'fix', 'transient', 'circleci', 'rust',
     '#!/bin/bash -eo pipefail\ncargo nextest run --profile ci\n'
     '        FLAKY 2/2 [   1.204s] store::tests::compaction_keeps_latest\n'),
    ('f_prow_ginkgo_flakey_mark', 'fix', 'transient', 'prow', 'go',
     '[FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS] [48.112 seconds]\n'
     'Reconciler when the secret rotates updates the deployment\n'
     '/home/prow/go/src/example.com/operator/test/e2e/rotation_test.go:64\n'),
    ('f_gl_ginkgo_flakey_mark', 'fix', 'transient', 'gitlab', 'go',
     '$ ginkgo -r --flake-attempts=2 ./test/e2e\n[FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS] [9.870 seconds]\n'
     'Cache evicts the oldest entry\n/builds/acme/cache/test/e2e/evict_test.go:30\n'),
    ('f_concourse_ginkgo_flaked_summary', 'fix', 'transient', 'concourse', 'go',
     'Summarizing 1 Failure:\n\n[Fail] [routing] A route being mapped [It] answers on the new host\n'
     '/tmp/build/a1b2c3/src/routing/map_test.go:88\n\nRan 41 of 60 Specs in 912.004 seconds\n'
     'SUCCESS! -- 41 Passed | 0 Failed | 1 Flaked | 0 Pending | 19 Skipped\n'),
    ('f_bitbucket_surefire_flakes_per_class', 'fix', 'transient', 'bitbucket', 'java',
     '+ mvn -B -Dsurefire.rerunFailingTestsCount=2 test\n[WARNING] Tests run: 31, Failures: 0, Errors: 0, Skipped: 2, '
     'Flakes: 2, Time elapsed: 14.02 s - in org.acme.billing.InvoiceServiceTest\n'),
    ('f_azure_ginkgo_flaked_summary', 'fix', 'transient', 'azure-pipelines', 'go',
     'Ran 18 of 18 Specs in 64.310 seconds\nSUCCESS! -- 18 Passed | 0 Failed | 2 Flaked | 0 Pending | 0 Skipped\n'
     '##[error]Bash exited with code \'1\'.\n'),
    # ... and their twins
    ('g_gh_surefire_flake_cut_before_pass', 'guard', 'not_transient', 'github-actions', 'java',
     '[WARNING] Flakes: \n[WARNING] org.acme.ledger.PostingIT.postsBatch\n'
     '[ERROR]   Run 1: PostingIT.postsBatch:71 expected: <12> but was: <11>\n'),
    ('g_tc_bazel_failed_every_attempt', 'guard', 'not_transient', 'teamcity', 'java',
     '[12:40:11] :\t [Step 2/3] //server/auth:token_store_test                    FAILED in 3 out of 3 in 2.2s\n'
     '[12:40:11] :\t [Step 2/3] Executed 1 out of 1 test: 1 fails locally.\n'),
    ('g_gh_surefire_failures_every_run', 'guard', 'real', 'github-actions', 'java',
     '[INFO] Results:\n[INFO] \n[ERROR] Failures: \n[ERROR] org.acme.ledger.PostingIT.postsBatch\n'
     '[ERROR]   Run 1: PostingIT.postsBatch:71 expected: <12> but was: <11>\n'
     '[ERROR]   Run 2: PostingIT.postsBatch:71 expected: <12> but was: <11>\n'
     '[ERROR]   Run 3: PostingIT.postsBatch:71 expected: <12> but was: <11>\n'),
    ('g_gh_surefire_failure_beside_flake', 'guard', 'real', 'github-actions', 'java',
     '[ERROR] Failures: \n[ERROR] org.acme.ledger.PostingIT.postsBatch\n'
     '[ERROR]   Run 1: PostingIT.postsBatch:71 expected: <12> but was: <11>\n'
     '[ERROR]   Run 2: PostingIT.postsBatch:71 expected: <12> but was: <11>\n[INFO] \n'
     '[WARNING] Flakes: \n[WARNING] org.acme.ledger.ClosingIT.closesDay\n'
     '[ERROR]   Run 1: ClosingIT.closesDay:30 expected: <true> but was: <false>\n[INFO]   Run 2: PASS\n'),
    ('g_gl_surefire_per_class_failure', 'guard', 'real', 'gitlab', 'scala',
     '$ mvn -B verify\n[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0, Flakes: 1, Time elapsed: 3.27 s <<< '
     'FAILURE! - in org.acme.cache.EvictionSuite\n[ERROR] evictsOldest(org.acme.cache.EvictionSuite)  Time elapsed: '
     '0.04 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <2> but was: <3>\n'),
    ('g_bk_bazel_failed_beside_flaky', 'guard', 'not_transient', 'buildkite', 'cpp',
     '//storage/engine:compaction_test                                  FLAKY, failed in 1 out of 2 in 41.8s\n'
     '//storage/engine:wal_test                                         FAILED in 2 out of 2 in 3.1s\n'
     '  /var/lib/buildkite-agent/.cache/bazel/out/k8-fastbuild/testlogs/storage/engine/wal_test/test.log\n'
     '\nExecuted 2 out of 2 tests: 1 test passes, 1 fails locally.\n'),
    ('g_concourse_ginkgo_fail_with_flake', 'guard', 'not_transient', 'concourse', 'go',
     'Summarizing 1 Failure:\n\n[Fail] [routing] A route being mapped [It] answers on the new host\n'
     '/tmp/build/a1b2c3/src/routing/map_test.go:88\n\nRan 41 of 60 Specs in 912.004 seconds\n'
     'FAIL! -- 40 Passed | 1 Failed | 1 Flaked | 0 Pending | 19 Skipped\n'),
    ('g_prow_ginkgo_flakey_then_fail', 'guard', 'not_transient', 'prow', 'go',
     '[FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS] [48.112 seconds]\n'
     'Reconciler when the secret rotates updates the deployment\n'
     '/home/prow/go/src/example.com/operator/test/e2e/rotation_test.go:64\n'
     '------------------------------\n'
     '• [FAILED] [3.004 seconds]\nReconciler when the config changes [It] restarts the pods\n'
     '/home/prow/go/src/example.com/operator/test/e2e/config_test.go:41\n'
     '  [FAILED] Expected\n      <int>: 2\n  to equal\n      <int>: 3\n'
     'Ran 12 of 12 Specs in 200.118 seconds\nFAIL! -- 11 Passed | 1 Failed | 1 Flaked | 0 Pending | 0 Skipped\n'),
    ('g_gh_nextest_flaky_then_fail', 'guard', 'not_transient', 'github-actions', 'rust',
     '        FLAKY 2/3 [   0.519s] relay::tests::reconnects_after_drop\n'
     '------------\n     Summary [  12.034s] 88 tests run: 87 passed (1 flaky), 1 failed, 0 skipped\n'
     '        FLAKY 2/3 [   0.519s] relay::tests::reconnects_after_drop\n'
     '        FAIL [   0.021s] relay::tests::parses_frame_header\n'
     'error: test run failed\n'),
    # -- a Jenkins agent's channel dropping -------------------------------------------------------------------------
    ('f_jenkins_agent_offline_exception', 'fix', 'transient', 'jenkins', 'java',
     '[Pipeline] // stage\nError when executing always post condition:\n'
     'org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for '
     'spot-linux-17; spot-linux-17 was marked offline: Connection was broken\n'
     '\tat org.jenkinsci.plugins.workflow.support.steps.ExecutorStepDynamicContext$FilePathTranslator.get('
     'ExecutorStepDynamicContext.java:182)\n[Pipeline] End of Pipeline\nFinished: FAILURE\n'),
    ('f_jenkins_agent_offline_gradle', 'fix', 'transient', 'jenkins', 'kotlin',
     '+ ./gradlew check\n> Task :app:compileKotlin\n'
     'org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for '
     'k8s-agent-x7q2p; k8s-agent-x7q2p was marked offline: Connection was broken\nFinished: FAILURE\n'),
    ('f_jenkins_marked_offline_broken', 'fix', 'transient', 'jenkins', 'cpp',
     '[2026-12-06T05:40:12.004Z] + make -j8 check\n'
     '[2026-12-06T05:52:40.511Z] win-builder-3 was marked offline: Connection was broken\n'
     'Finished: FAILURE\n'),
    ('f_jenkins_unexpected_reader_termination', 'fix', 'transient', 'jenkins', 'python',
     '+ tox -e py312\njava.io.IOException: Pipe closed after 0 cycles\n'
     '\tat org.apache.sshd.common.channel.ChannelPipedInputStream.read(ChannelPipedInputStream.java:126)\n'
     '\tat hudson.remoting.FlightRecorderInputStream.read(FlightRecorderInputStream.java:94)\n'
     'Caused: java.io.IOException: Unexpected reader termination\n'
     '\tat hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:84)\n'
     'Build step \'Execute shell\' marked build as failure\n'),
    ('f_jenkins_remote_call_jnlp', 'fix', 'transient', 'jenkins', 'javascript',
     '+ npm test\nFATAL: Remote call on JNLP4-connect connection from 10.20.4.17/10.20.4.17:53122 failed\n'
     'java.io.IOException: Remote call on JNLP4-connect connection from 10.20.4.17/10.20.4.17:53122 failed\n'
     '\tat hudson.remoting.Channel.call(Channel.java:1004)\n\tat hudson.FilePath.act(FilePath.java:1192)\n'
     'Finished: FAILURE\n'),
    # ... and their twins
    ('g_jenkins_remote_call_class_version', 'guard', 'not_transient', 'jenkins', 'java',
     'FATAL: Remote call on JNLP4-connect connection from 10.20.4.17/10.20.4.17:53122 failed\n'
     'java.io.IOException: Remote call on JNLP4-connect connection from 10.20.4.17/10.20.4.17:53122 failed\n'
     '\tat hudson.remoting.Channel.call(Channel.java:1004)\n'
     'Caused by: java.lang.UnsupportedClassVersionError: hudson/util/ProcessTree$Probe has been compiled by a more '
     'recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes '
     'class file versions up to 55.0\nFinished: FAILURE\n'),
    ('g_jenkins_remote_call_no_class_def', 'fix', 'not_transient', 'jenkins', 'java',
     'java.io.IOException: Remote call on linux-build-5 failed\n\tat hudson.remoting.Channel.call(Channel.java:1004)\n'
     'Caused by: java.lang.NoClassDefFoundError: Could not initialize class org.acme.ci.WorkspaceProbe\n'
     'Finished: FAILURE\n'),
    ('g_jenkins_offline_by_admin', 'guard', 'not_transient', 'jenkins', 'go',
     '+ go test ./...\nlinux-build-5 was marked offline: Disconnected by admin : taking the node down for an OS '
     'upgrade\nFinished: ABORTED\n'),
    # -- Travis CI's framing of a curl command's exit ---------------------------------------------------------------
    ('f_travis_curl_partial_r', 'fix', 'transient', 'travis', 'r',
     '$ curl -fLo /tmp/texlive.tar.gz https://mirror.example.org/texlive/texlive-2026.tar.gz\n'
     'The command "curl -fLo /tmp/texlive.tar.gz https://mirror.example.org/texlive/texlive-2026.tar.gz" failed and '
     'exited with 18 during .\n\nYour build has been stopped.\n'),
    ('f_travis_curl_timeout_ruby', 'fix', 'transient', 'travis', 'ruby',
     'The command "curl -sSfL --max-time 120 -o chromedriver.zip https://downloads.example.net/chromedriver/131/'
     'chromedriver_linux64.zip" failed and exited with 28 during .\n'),
    ('f_travis_curl_recv_php', 'fix', 'transient', 'travis', 'php',
     'The command "curl -sS https://getcomposer.example.org/installer -o composer-setup.php" failed and exited with '
     '56 during .\n'),
    ('f_travis_curl_connect_haskell', 'fix', 'transient', 'travis', 'haskell',
     'The command "mkdir -p ~/.local/bin && curl -fLo stack.tgz https://downloads.example.com/stack/linux-x86_64.tgz" '
     'failed and exited with 7 during .\n'),
    # ... and their twins
    ('g_travis_curl_piped_to_bash', 'guard', 'not_transient', 'travis', 'javascript',
     'The command "curl -fsSL https://downloads.example.org/tools/install.sh | bash" failed and exited with 7 during '
     '.\n'),
    ('g_travis_curl_http_error', 'guard', 'not_transient', 'travis', 'python',
     'The command "curl -fLo /tmp/tool.tgz https://downloads.example.org/tool/v9/tool.tgz" failed and exited with 22 '
     'during .\n'),
    ('g_travis_curl_then_script', 'guard', 'not_transient', 'travis', 'ruby',
     'The command "curl -fsSL -o setup.sh https://downloads.example.org/setup.sh && bash setup.sh" failed and exited '
     'with 6 during .\n'),
    ('g_travis_script_exit_18', 'guard', 'not_transient', 'travis', 'r',
     'The command "./scripts/fetch-deps.sh" failed and exited with 18 during .\n'),
    # -- left ---------------------------------------------------------------------------------------------------------
    ('l_circle_cypress_loading_text_stayed', 'left', 'transient', 'circleci', 'javascript',
     '  1) report page\n       renders the chart:\n     AssertionError: Timed out retrying after 4000ms: Expected not '
     'to find content: \'Loading report...\' but continuously found it.\n      at Context.eval '
     '(webpack:///./cypress/e2e/report.cy.ts:18:10)\n'),
    # (threads34, dev34) read since round 34 (a quota on stored objects, secrets here, is not given back when the
    # other jobs' pods end; test_threads34.py, test_dev34_quota.py), no longer left
    ('l_gl_runner_secret_quota_full', 'fix', 'not_transient', 'gitlab', 'go',
     'Running with gitlab-runner 16.11.0 (91a27b2a)\n  on k8s-shared-runner Xy12ab34, system ID: r_4f5e6d7c8b9a\n'
     'Using Kubernetes namespace: ci-jobs\nERROR: Job failed (system failure): secrets '
     '"runner-xy12ab34-project-88-concurrent-2-k3j9d" is forbidden: exceeded quota: ci-quota, requested: secrets=1, '
     'used: secrets=40, limited: secrets=40\n'),
]

LEFT: dict[str, str] = {
    "l_circle_cypress_loading_text_stayed": (
        "LEFT: Cypress's text wait in its negative form (a text that never went away) names no loading state of its own; "
        "the catalogue reads Cypress's text waits only with the page still pending, and which texts are a page's "
        "pending state is a list fitted to words, not a reading of the tool's message"),
}

_ALLOWED = {"transient": {"transient"}, "real": {"real"}, "not_transient": {"real", "unknown"}}


def test_case_ids_are_unique():
    assert_unique_ids([(c[0], c[1], c[2], c[5]) for c in CASES])
    assert set(LEFT) == {c[0] for c in CASES if c[1] == "left"}


@pytest.mark.parametrize(("expected", "log"), [
    pytest.param(e, log, id=f"{kind}-{cid}", marks=[pytest.mark.xfail(strict=True, reason=LEFT[cid])] if cid in LEFT else [])
    for cid, kind, e, _ci, _eco, log in CASES])
def test_threads33(expected, log):
    v = judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)
