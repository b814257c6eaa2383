"""Review 13c of the thirteenth round's pr_checks_coverage, frontend_monorepo and gpu_ml_notebooks_r
entries (pr-check-service-unreachable, quality-gate-wait-timed-out, build-font-fetch-failed,
orchestrator-daemon-connection-lost, lighthouse-protocol-timeout, gpu-device-lost-or-ecc,
accelerator-allocation-oom, collective-operation-timeout, distributed-rendezvous-failed,
launcher-worker-sigkilled, notebook-kernel-died, notebook-cell-timeout, bioconductor-version-map-unreachable,
and the older entries those helpers touched): adversarial logs (made up) where their words sit in a test
about the error (a Jest title, a Go test's input, pytest's DID NOT RAISE, a quoted call), in a warning the
tool went past (BiocManager's, next dev's font fallback, one Lighthouse run of three), in a report whose
root cause is another process's own error (torchrun's summary, a rank's assertion, a notebook cell's
exception, a kernel that cannot import, Nx's project graph, a syntax error in the same compilation), or in
an answer from a server on the runner itself; and guards where the same words are the outage the job met."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"

# Deterministic failures: each must read real (most read transient or unknown before this review, the
# rest are guards of the interactions: an outage in a post-step after the failure).
REAL: list[tuple[str, str]] = [
    # danger's retry message for the project's own dev server answering 500: the app is broken
    ('danger-like-localhost-500',
     '$ node scripts/smoke.js\nGET /api/users\nRequest failed [500]: http://localhost:3000/api/users\nsmoke: 1 of 12 endpoints failed\n' + _EXIT),
    # a pytest failure, then the danger step's GitHub API 502 in a later step: the tests fail again
    ('pytest-then-danger-502',
     'E       assert 3 == 4\nFAILED tests/test_cart.py::test_total - assert 3 == 4\n1 failed, 80 passed in 3.1s\n##[error]Process completed with exit code 1.\n$ npx danger ci\nRequest failed [502]: https://api.github.com/repos/acme/shop/pulls/12/files\n' + _EXIT),
    # a compile error, then vale could not fetch a style package (post-step)
    ('tsc-then-vale-503',
     "src/cart.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.\n##[error]Process completed with exit code 2.\n$ vale sync\nE100 [vale sync] Runtime error\n\ncould not fetch 'https://github.com/errata-ai/Google/releases/latest/download/Google.zip' (status code '503')\n" + _EXIT),
    # pytest failed; a later always() step's quality-gate wait gave up: the tests fail again
    ('pytest-then-sonar-poll-timeout',
     "E       assert 3 == 4\nFAILED tests/test_cart.py::test_total - assert 3 == 4\n1 failed, 80 passed in 3.1s\n##[error]Process completed with exit code 1.\nRun sonarsource/sonarqube-quality-gate-action@v1\n::error::Polling timeout reached for waiting for finishing of the Sonar scan! Aborting the check for SonarQube's Quality Gate.\n" + _EXIT),
    # a compile error; then the scanner's own quality-gate wait in an always() step timed out
    ('tsc-then-sonar-gate-timeout',
     "src/cart.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.\n##[error]Process completed with exit code 2.\nINFO: Analysis report uploaded in 412ms\nERROR: QUALITY GATE CHECK TIMEOUT EXCEEDED - View details on https://sonar.example.org/dashboard?id=shop\n" + _EXIT),
    # a jest snapshot of the project's own CLI message; the context line of the diff holds reuse's words
    ('snapshot-context-internet',
     '  ● cli › prints offline help\n\n    expect(received).toMatchSnapshot()\n\n    Snapshot name: `cli prints offline help 1`\n\n    - Snapshot  - 1\n    + Received  + 1\n\n      Could not reach the licence server.\n      Is your internet connection working?\n    - Run again with --offline to skip.\n    + Run again with --offline.\n\nTests:       1 failed, 20 passed, 21 total\n' + _EXIT),
    # next/font failed to fetch AND a syntax error in the same compilation: the syntax error fails again
    ('font-fetch-with-syntax-error',
     '   Creating an optimized production build ...\nFailed to compile.\n\n`next/font` error:\nFailed to fetch `Inter` from Google Fonts.\n\n./src/components/Header.tsx\nError: \n  x Unexpected token `div`. Expected jsx identifier\n    ,-[/app/src/components/Header.tsx:12:1]\n\nCaused by:\n    Syntax Error\n\n> Build failed because of webpack errors\n' + _EXIT),
    # a font-loader test comparing the message it expected: jest's toThrow
    ('font-fetch-jest-tothrow',
     '  ● loader › reports an offline fetch\n\n    expect(received).toThrow(expected)\n\n    Expected substring: "Failed to fetch `Inter` from Google Fonts."\n    Received message:   "Failed to fetch font `Inter`: https://fonts.gstatic.com/s/inter/v1.woff2"\n\n      at Object.<anonymous> (src/loader.test.ts:14:5)\n\nTests:       1 failed, 8 passed, 9 total\n' + _EXIT),
    # Nx's daemon died, and without it nx then met a project.json that does not parse
    ('nx-daemon-then-json-error',
     ' NX   Daemon process terminated and closed the connection\n\nPlease rerun the command, which will restart the daemon.\n$ NX_DAEMON=false npx nx affected -t build\n NX   Unable to create nodes for libs/ui/project.json\n\nSyntaxError: Unexpected token } in JSON at position 412\n' + _EXIT),
    # Nx's daemon died after a type error had already failed the build
    ('tsc-then-nx-daemon',
     "> nx run web:build\nlibs/ui/src/button.tsx(8,3): error TS2322: Type 'number' is not assignable to type 'string'.\n NX   Ran target build for project web (12s)\n    x  1/3 failed\n NX   Daemon process terminated and closed the connection\nPlease rerun the command, which will restart the daemon.\n" + _EXIT),
    # Lighthouse CI: one run's protocol timeout warning, then a deterministic assertion (console errors)
    ('lhci-protocol-warning-then-assert',
     'Running Lighthouse 3 time(s) on http://localhost:3000/\nRun #1...done.\nRun #2...failed!\nRuntime error encountered: Waiting for DevTools protocol response has exceeded the allotted time. (Method: Page.navigate)\nRun #3...done.\nChecking assertions against 1 URL(s), 2 total run(s)\n\n1 result(s) for http://localhost:3000/ :\n\n  X  errors-in-console failure for minScore assertion\n       No browser errors logged to the console\n       expected: >=0.9\n          found: 0\n\nAssertion failed. Exiting with status code 1.\n' + _EXIT),
    # a Jest test named after a lost GPU failed on a value: the name is not the event
    ('gpu-lost-jest-title',
     ' FAIL  src/renderer.test.ts\n  renderer\n    ✕ falls back to the CPU when the GPU is lost (8 ms)\n\n  ● renderer › falls back to the CPU when the GPU is lost\n\n    Expected: "cpu"\n    Received: "webgl"\n\nTests:       1 failed, 30 passed, 31 total\n' + _EXIT),
    # a Go parser test feeding a kernel Xid line as input; its parse is wrong
    ('gpu-xid-go-test-input',
     '=== RUN   TestParseXid\n    xid_test.go:40: parseXid("NVRM: Xid (PCI:0000:3b:00): 79, pid=1, GPU has fallen off the bus.") = 0, want 79\n--- FAIL: TestParseXid (0.00s)\nFAIL\nFAIL\texample.com/gpumon\t0.004s\n' + _EXIT),
    # pytest's DID NOT RAISE for an ECC fault the test simulated
    ('gpu-ecc-did-not-raise',
     "    def test_ecc_fault_is_fatal(fake_gpu):\n        fake_gpu.inject('uncorrectable ECC error encountered')\n>       with pytest.raises(GpuFault):\nE       Failed: DID NOT RAISE <class 'gpumon.GpuFault'>\nFAILED tests/test_health.py::test_ecc_fault_is_fatal - Failed: DID NOT RAISE <class 'gpumon.GpuFault'>\n1 failed, 30 passed in 0.4s\n" + _EXIT),
    # pytest.raises expected TensorFlow's ResourceExhaustedError and none came
    ('tf-oom-did-not-raise',
     "    def test_budget_enforced():\n        with pytest.raises(tf.errors.ResourceExhaustedError):\n>           run_with_budget(model, mb=1)\nE       Failed: DID NOT RAISE <class 'tensorflow.python.framework.errors_impl.ResourceExhaustedError'>\nFAILED tests/test_budget.py::test_budget_enforced - Failed: DID NOT RAISE <class 'tensorflow.python.framework.errors_impl.ResourceExhaustedError'>\n1 failed, 12 passed in 8.1s\n" + _EXIT),
    # gRPC's message-size limit surfaced as ResourceExhaustedError: the payload, every run
    ('tf-grpc-message-too-large',
     'Traceback (most recent call last):\n  File "/src/client.py", line 30, in <module>\n    result = stub.Predict(request, 10.0)\ntensorflow.python.framework.errors_impl.ResourceExhaustedError: grpc: received message larger than max (8388704 vs. 4194304)\n' + _EXIT),
    # pytest.raises expected a RendezvousTimeoutError, none came
    ('rdzv-did-not-raise',
     ">       with pytest.raises(RendezvousTimeoutError):\nE       Failed: DID NOT RAISE <class 'torch.distributed.elastic.rendezvous.api.RendezvousTimeoutError'>\nFAILED tests/test_launch.py::test_join_rejects_late_node - Failed: DID NOT RAISE <class 'torch.distributed.elastic.rendezvous.api.RendezvousTimeoutError'>\n1 failed, 9 passed in 2.0s\n" + _EXIT),
    # torchrun's summary: rank 0's own ValueError is the root cause; rank 1 was SIGKILLed after it
    ('torchrun-root-cause-valueerror-other-sigkill',
     'torch.distributed.elastic.multiprocessing.errors.ChildFailedError: \n============================================================\ntrain.py FAILED\n------------------------------------------------------------\nFailures:\n[1]:\n  time      : 2024-05-01_10:00:03\n  host      : runner-1\n  rank      : 1 (local_rank: 1)\n  exitcode  : -9 (pid: 4412)\n  error_file: <N/A>\n  traceback : Signal 9 (SIGKILL) received by PID 4412\n------------------------------------------------------------\nRoot Cause (first observed failure):\n[0]:\n  time      : 2024-05-01_10:00:01\n  host      : runner-1\n  rank      : 0 (local_rank: 0)\n  exitcode  : 1 (pid: 4411)\n  error_file: /tmp/torchelastic_x/none_y/attempt_0/0/error.json\n  traceback : Traceback (most recent call last):\n    File "/src/train.py", line 40, in main\n      model = build(cfg)\n  ValueError: unknown activation \'gelu2\'\n============================================================\n' + _EXIT),
    # nbmake: one notebook's NameError, another's dead kernel: the NameError fails again
    ('nbmake-nameerror-and-dead-kernel',
     "docs/intro.ipynb FAILED\ndocs/train.ipynb FAILED\n=================================== FAILURES ===================================\n_______________________________ docs/intro.ipynb _______________________________\n---------------------------------------------------------------------------\nNameError                                 Traceback (most recent call last)\nCell In[3], line 1\n----> 1 plot(df_clean)\nNameError: name 'df_clean' is not defined\n_______________________________ docs/train.ipynb _______________________________\nnbclient.exceptions.DeadKernelError: Kernel died\n=========================== short test summary info ============================\nFAILED docs/intro.ipynb::\nFAILED docs/train.ipynb::\n2 failed in 41.20s\n" + _EXIT),
    # MyST-NB's dead kernel warning and an undefined label under sphinx -W: the label fails again
    ('mystnb-dead-kernel-and-sphinx-ref',
     "reading sources... [100%] tutorials/train\n/docs/tutorials/train.ipynb: WARNING: Executing notebook failed: DeadKernelError [mystnb.exec]\n/docs/guide.md:40: WARNING: undefined label: 'install-gpu'\n\nbuild finished with problems, 2 warnings (with warnings treated as errors).\n" + _EXIT),
    # a loop running papermill: one notebook's cell timed out, another's raised a KeyError
    ('papermill-timeout-and-keyerror',
     '+ papermill notebooks/etl.ipynb out/etl.ipynb\nnbclient.exceptions.CellTimeoutError: A cell timed out while it was being executed, after 600 seconds.\n+ papermill notebooks/report.ipynb out/report.ipynb\npapermill.exceptions.PapermillExecutionError: \n---------------------------------------------------------------------------\nException encountered at "In [4]":\n---------------------------------------------------------------------------\nKeyError                                  Traceback (most recent call last)\nCell In[4], line 1\n----> 1 totals = df[\'revenue\'].sum()\nKeyError: \'revenue\'\n' + _EXIT),
    # BiocManager's offline warning, then a testthat failure: the test fails again
    ('bioc-warning-then-testthat',
     'Warning message:\nBioconductor version cannot be validated; no internet connection?  See #troubleshooting section in vignette\n══ Failed tests ════════════════════════════════════════════════════════════════\n── Failure (test-normalize.R:12:3): normalize keeps sums ───────────────────────\nsum(out) (`actual`) not equal to 1 (`expected`).\n\n  `actual`: 0.98\n`expected`: 1.00\n[ FAIL 1 | WARN 1 | SKIP 0 | PASS 40 ]\nError: Test failures\nExecution halted\n' + _EXIT),
    # BiocManager's offline warning, then R CMD check's ERROR on an undeclared import
    ('bioc-warning-then-rcmdcheck',
     "Warning message:\nBioconductor version cannot be validated; no internet connection?\n* checking package dependencies ... ERROR\nNamespace dependency missing from DESCRIPTION Imports/Depends entries: 'limma'\n\nSee section 'The DESCRIPTION file' in the 'Writing R Extensions' manual.\n* DONE\nStatus: 1 ERROR\n" + _EXIT),
    # one rank's own assertion; the other ranks' watchdog then timed out waiting for it
    ('rank-assertion-then-watchdog',
     '[rank1]: Traceback (most recent call last):\n[rank1]:   File "/src/train.py", line 77, in step\n[rank1]:     assert batch.shape[0] == cfg.batch_size\n[rank1]: AssertionError\n[rank0]:[E ProcessGroupNCCL.cpp:607] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=9, OpType=ALLREDUCE, Timeout(ms)=600000) ran for 600100 milliseconds before timing out.\n' + _EXIT),
    # the kernel crashed at start-up on an import the environment cannot satisfy: every run
    ('kernel-start-importerror',
     '[NbConvertApp] Converting notebook docs/demo.ipynb to notebook\nTraceback (most recent call last):\n  File "/opt/venv/lib/python3.11/site-packages/ipykernel_launcher.py", line 15, in <module>\n    from ipykernel import kernelapp as app\nImportError: cannot import name \'kernelapp\' from \'ipykernel\' (/opt/venv/lib/python3.11/site-packages/ipykernel/__init__.py)\nTraceback (most recent call last):\n  File "/opt/venv/bin/jupyter-nbconvert", line 8, in <module>\n    sys.exit(main())\nRuntimeError: Kernel died before replying to kernel_info\n' + _EXIT),
    # addlicense found files without a header: the check fails until they get one
    ('addlicense-check-missing',
     '+ addlicense -check -l apache .\nsrc/new_module.py\nsrc/util/strings.go\n' + _EXIT),
    # (xfail15) distributed-collective-mismatch reads the detail mode's report
    # two ranks ran different collectives (the code's bug); the detail mode says so
    ('nccl-collective-mismatch',
     '[rank1]: RuntimeError: Detected mismatch between collectives on ranks. Rank 1 is running collective: CollectiveFingerPrint(SequenceNumber=12, OpType=ALLREDUCE, TensorShape=[10]), but Rank 0 is running collective: CollectiveFingerPrint(SequenceNumber=12, OpType=BROADCAST).\n[rank0]:[E ProcessGroupNCCL.cpp:607] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=12, OpType=BROADCAST, Timeout(ms)=600000) ran for 600032 milliseconds before timing out.\n' + _EXIT),
    # (xfail15) download-failed and network-unreachable pass over a log whose font loader said it used a fallback font
    # next dev fell back from a font it could not download; the Playwright test then failed on the page's text
    ('next-dev-font-fallback-then-playwright',
     ' ⨯ Failed to download `Inter` from Google Fonts. Using fallback font instead.\n\nFailed to fetch font `Inter`: https://fonts.googleapis.com/css2?family=Inter:wght@400\nPlease check your network connection.\n  1) [chromium] › home.spec.ts:8:5 › shows the welcome banner\n\n    Error: expect(locator).toHaveText(expected)\n\n    Expected string: "Welcome back"\n    Received string: "Welcome"\n\n  1 failed\n    [chromium] › home.spec.ts:8:5 › shows the welcome banner\n' + _EXIT),
]

# Logs that cannot tell an outage from a persistent cause: no rerun proposed with confidence.
AMBIGUOUS: list[tuple[str, str]] = [
    # coverage.py found no data because the test container never started (docker pull 503): outage
    ('no-data-after-pull-503',
     'Error response from daemon: received unexpected HTTP status: 503 Service Unavailable\n$ coverage combine && coverage report\nNo data to report.\n' + _EXIT),
    # esbuild's service stopped (not a transfer): should not read as a confident outage
    ('esbuild-service-stopped',
     'vite v5.2.0 building for production...\nerror during build:\nError: The service was stopped: write EPIPE\n    at /app/node_modules/esbuild/lib/main.js:1092:25\n' + _EXIT),
]


# The same words as the outage the job ran into: still a rerun.
TRANSIENT: list[tuple[str, str]] = [
    # guard: codeowners-validator met GitHub's 503
    ('g-codeowners-503',
     '==> Executing Valid Owner Checker\n    [err] error occurred while calling GitHub: GET https://api.github.com/orgs/acme/teams/web: 503 Service Unavailable []\n' + _EXIT),
    # guard: danger gave up on a 502 from GitHub
    ('g-danger-502',
     '$ npx danger ci\nRequest failed [502]: https://api.github.com/repos/acme/shop/pulls/12/files\n' + _EXIT),
    # guard: SonarQube's quality-gate wait gave up
    ('g-sonar-timeout',
     'INFO: Analysis report uploaded in 412ms\nINFO: ------------- Check Quality Gate status\nINFO: Waiting for the analysis report to be processed (max 300s)\nERROR: QUALITY GATE CHECK TIMEOUT EXCEEDED - View details on https://sonar.example.org/dashboard?id=shop\n' + _EXIT),
    # a bors job log: "bors" named, a later real network error must still count
    ('bors-name-then-network-failure',
     'Building branch staging (bors try)\n$ ./scripts/fetch-fixtures.sh\nerror: network failure while fetching fixtures, temporary failure in name resolution\n' + _EXIT),
    # guard: next/font's fetch failed
    ('g-font-fetch',
     '   Creating an optimized production build ...\nFailed to compile.\n\nsrc/app/layout.tsx\n`next/font` error:\nFailed to fetch `Inter` from Google Fonts.\n\n> Build failed because of webpack errors\n' + _EXIT),
    # guard: Nx's daemon went away
    ('g-nx-daemon',
     '> nx affected -t test\n NX   Daemon process terminated and closed the connection\n\nPlease rerun the command, which will restart the daemon.\n' + _EXIT),
    # guard: Lighthouse's protocol timeout
    ('g-lhci-protocol-timeout',
     'Running Lighthouse 1 time(s) on http://localhost:3000/\nRun #1...failed!\nError: Lighthouse failed with exit code 1\nRuntime error encountered: Waiting for DevTools protocol response has exceeded the allotted time. (Method: Network.enable)\n' + _EXIT),
    # guard: nvidia-smi reports the GPU lost
    ('g-gpu-lost',
     '$ nvidia-smi\nUnable to determine the device handle for GPU0000:41:00.0: GPU is lost.  Reboot the system to recover this GPU\n' + _EXIT),
    # guard: TensorFlow's allocator OOM on the GPU
    ('g-tf-oom',
     'tensorflow.python.framework.errors_impl.ResourceExhaustedError: OOM when allocating tensor with shape[64,512,512,3] and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc\n' + _EXIT),
    # guard: the watchdog's timeout, no rank's own error
    ('g-nccl-watchdog',
     '[rank0]:[E ProcessGroupNCCL.cpp:607] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=40, OpType=ALLREDUCE, NumelIn=1, NumelOut=1, Timeout(ms)=600000) ran for 600412 milliseconds before timing out.\n[rank0]:[E ProcessGroupNCCL.cpp:1537] [PG 0 Rank 0] Some NCCL operations have failed or timed out. Due to the asynchronous nature of CUDA kernels, subsequent GPU operations might run on corrupted/incomplete data.\n' + _EXIT),
    # guard: the rendezvous timed out
    ('g-rdzv-timeout',
     'torch.distributed.elastic.rendezvous.api.RendezvousTimeoutError\n[ERROR] torchrun failed to join the rendezvous at ci-node-0:29400\n' + _EXIT),
    # guard: the launcher's worker SIGKILLed (root cause)
    ('g-torchrun-sigkill',
     'torch.distributed.elastic.multiprocessing.api:failed (exitcode: -9) local_rank: 0 (pid: 812) of binary: /usr/bin/python3\ntorch.distributed.elastic.multiprocessing.errors.ChildFailedError: \ntrain.py FAILED\nRoot Cause (first observed failure):\n[0]:\n  rank      : 0 (local_rank: 0)\n  exitcode  : -9 (pid: 812)\n  error_file: <N/A>\n  traceback : Signal 9 (SIGKILL) received by PID 812\n' + _EXIT),
    # guard: nbval's cell timeout
    ('g-nbval-timeout',
     'notebooks/demo.ipynb::Cell 4 FAILED\nE   Timeout of 300 seconds exceeded while executing cell. Failed to interrupt kernel in 5 seconds, so failing test instead.\nFAILED notebooks/demo.ipynb::Cell 4\n1 failed, 5 passed in 312.00s\n' + _EXIT),
    # guard: nbconvert's dead kernel
    ('g-dead-kernel',
     '[NbConvertApp] Executing notebook with kernel: python3\nTraceback (most recent call last):\nnbclient.exceptions.DeadKernelError: Kernel died\n' + _EXIT),
    # guard: BiocManager could not read the version map
    ('g-bioc-unreachable',
     "> BiocManager::install(c('limma', 'edgeR'))\nError: Bioconductor version cannot be determined; no internet connection?\nExecution halted\n" + _EXIT),
    # guard: addlicense could not be installed, the module proxy timed out
    ('g-addlicense-install-timeout',
     '+ go install github.com/google/addlicense@v1.1.1\ngo: github.com/google/addlicense@v1.1.1: Get "https://proxy.golang.org/github.com/google/addlicense/@v/v1.1.1.info": dial tcp 142.250.1.1:443: i/o timeout\n' + _EXIT),
    # guard: reuse could not download a licence text
    ('g-reuse-offline',
     '+ reuse download Apache-2.0\nError: Failed to download license.\nIs your internet connection working?\n' + _EXIT),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(AMBIGUOUS))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_still_reads_transient(log):
    reads(log, "transient")


def test_case_ids_are_unique():
    assert_unique_ids(REAL, AMBIGUOUS, TRANSIENT)
