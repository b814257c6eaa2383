"""Thirteenth round, tool sources: GPU and ML jobs in CI (the CUDA runtime and driver as PyTorch, TensorFlow
and JAX report them, NCCL and torch.distributed's elastic launcher, nvidia-smi and the NVIDIA container
toolkit), notebook executors (nbclient as nbconvert, nbmake and MyST-NB run it, nbval, papermill, knitr as
R Markdown and Quarto run it), and R's checks and installers (R CMD check and rcmdcheck, testthat, CRAN and
Posit package manager mirrors, pak/pkgdepends, renv, remotes, r-lib/actions' setup-r).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it is open (the comment above each case names the repository and
file holding the format string); the CUDA runtime's error strings (cudaGetErrorString) and nvidia-smi are
closed, and their wording rests on NVIDIA's documentation (the comment says so). Hosts, packages, notebooks
and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a CUDA or XLA allocation that ran out of device memory, a GPU that fell off the bus or reported an
    uncorrectable ECC error, a notebook kernel that died or a cell that timed out, a distributed
    rendezvous or store that timed out waiting for its peers, a worker SIGKILLed under the launcher, a CRAN
    or package-manager mirror that could not be reached or answered 5xx, a GitHub API rate limit -> transient;
  * a driver older than the CUDA build, a build without CUDA, a docker daemon without the NVIDIA runtime, a
    container whose CUDA requirement the host driver does not meet, a device-side assert, a shape mismatch,
    a cell's exception, a kernel that is not installed, an R CMD check ERROR or WARNING, testthat failures,
    a knitr chunk's error, a package that does not exist or cannot be solved, an R version that cannot be
    resolved, a 404 from GitHub -> real;
  * "no CUDA-capable device is detected" and nvidia-smi failing to talk to the driver are printed both by
    a job sent to a runner without a GPU (a config fault that recurs) and by a GPU host whose device or
    driver went away (a host fault a rerun elsewhere escapes); one log cannot tell them apart -> not surely
    transient. NCCL's "unhandled system error" (most often /dev/shm too small in a container, which
    recurs) and a curl error code behind renv's "failed to retrieve package" are the same kind;
  * the tools' words inside a test's expected output are not their failure.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ CUDA out of memory (PyTorch)
    # pytorch/pytorch c10/cuda/CUDACachingAllocator.cpp ("CUDA out of memory. Tried to allocate %s. GPU %d
    # has a total capacity of %s of which %s is free."), torch/cuda/memory.py (torch.OutOfMemoryError)
    ("torch-cuda-oom-in-test", "transient",
     "tests/test_model.py::test_forward_large_batch FAILED\n"
     "=================================== FAILURES ===================================\n"
     "E       torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 14.58 GiB of which 1.12 GiB is free. Process 4411 has 13.45 GiB memory in use. Of the allocated memory 12.90 GiB is allocated by PyTorch, and 301.22 MiB is reserved by PyTorch but unallocated.\n"
     "FAILED tests/test_model.py::test_forward_large_batch - torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 14.58 GiB...\n"
     "==================== 1 failed, 212 passed in 311.20s (0:05:11) ====================\n" + _EXIT),
    ("torch-cuda-oom-script", "transient",
     "epoch 0 step 40 loss 2.113\n"
     "Traceback (most recent call last):\n"
     '  File "/src/train.py", line 88, in <module>\n'
     "    loss.backward()\n"
     "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 512.00 MiB. GPU 0 has a total capacity of 22.06 GiB of which 96.12 MiB is free. Including non-PyTorch memory, this process has 21.96 GiB memory in use.\n"
     + _CIRCLE),
    # the CUDA runtime's cudaErrorMemoryAllocation string "out of memory" as torch's CUDA_CHECK wraps it
    # (c10/cuda/CUDAException.h "CUDA error: %s"; the string itself: NVIDIA CUDA Runtime API docs)
    ("torch-cuda-error-out-of-memory", "transient",
     "Running smoke inference on cuda:0\n"
     "Traceback (most recent call last):\n"
     '  File "/src/smoke.py", line 12, in <module>\n'
     "    x = torch.randn(8192, 8192, device='cuda')\n"
     "RuntimeError: CUDA error: out of memory\n"
     "CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.\n"
     "For debugging consider passing CUDA_LAUNCH_BLOCKING=1\n" + _EXIT),
    # near-miss: a test of an OOM handler asserting on the message
    ("torch-oom-words-in-assertion", "real",
     "tests/test_retry.py::test_halves_batch_on_oom FAILED\n"
     "E       AssertionError: assert 'halved batch to 8' in 'CUDA out of memory. Tried to allocate 1.00 GiB'\n"
     "FAILED tests/test_retry.py::test_halves_batch_on_oom - AssertionError: assert 'halved batch to 8' in 'CUDA out of memory. Tried to allocate 1.00 GiB'\n"
     "========================= 1 failed, 40 passed in 9.12s =========================\n" + _EXIT),

    # ------------------------------------------------------------------ CUDA device and driver
    # ECC and a lost GPU: the CUDA runtime's cudaErrorECCUncorrectable "uncorrectable ECC error encountered"
    # (NVIDIA CUDA Runtime API docs) under torch's "CUDA error: %s" (c10/cuda/CUDAException.h)
    ("cuda-ecc-uncorrectable", "transient",
     "tests/test_kernels.py::test_fused_adam PASSED\n"
     "tests/test_kernels.py::test_layer_norm FAILED\n"
     "E       RuntimeError: CUDA error: uncorrectable ECC error encountered\n"
     "E       CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.\n"
     "FAILED tests/test_kernels.py::test_layer_norm - RuntimeError: CUDA error: uncorrectable ECC error encountered\n"
     "========================= 1 failed, 75 passed in 41.00s =========================\n" + _EXIT),
    # nvidia-smi's "Unable to determine the device handle for GPU %s: GPU is lost. Reboot the system to
    # recover this GPU" and the kernel's Xid 79 "GPU has fallen off the bus" (NVIDIA's Xid documentation,
    # docs.nvidia.com/deploy/xid-errors; nvidia-smi is closed)
    ("nvidia-smi-gpu-lost", "transient",
     "+ nvidia-smi\n"
     "Unable to determine the device handle for GPU 0000:41:00.0: GPU is lost.  Reboot the system to recover this GPU\n"
     + _EXIT),
    ("xid-fallen-off-bus", "transient",
     "[  812.442311] NVRM: GPU at PCI:0000:41:00: GPU-1c2d3e4f-aaaa-bbbb-cccc-0123456789ab\n"
     "[  812.442318] NVRM: Xid (PCI:0000:41:00): 79, pid=5521, GPU has fallen off the bus.\n"
     "[  812.442330] NVRM: GPU 0000:41:00.0: GPU has fallen off the bus.\n"
     "RuntimeError: CUDA error: unspecified launch failure\n" + _EXIT),
    # no device: the CUDA runtime's cudaErrorNoDevice "no CUDA-capable device is detected" (NVIDIA docs)
    # -> a job on a runner without a GPU, or a GPU that went away: not surely transient
    ("cuda-no-device-detected", "ambiguous",
     "Traceback (most recent call last):\n"
     '  File "/src/bench/run.py", line 21, in <module>\n'
     "    model.cuda()\n"
     "RuntimeError: CUDA error: no CUDA-capable device is detected\n"
     "CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.\n"
     + _EXIT),
    # near-miss: a GPU-health parser's test quoting nvidia-smi's words in its expected output
    ("gpu-lost-words-in-test-expected", "real",
     "tests/test_health.py::test_parses_lost_gpu FAILED\n"
     "E       AssertionError: assert {'gpu': '0000:41:00.0', 'state': 'ok'} == {'gpu': '0000:41:00.0', 'state': 'GPU is lost'}\n"
     "FAILED tests/test_health.py::test_parses_lost_gpu - AssertionError: assert {'gpu': '0000:41:00.0', 'state': 'ok'} == {...}\n"
     "========================= 1 failed, 19 passed in 0.81s =========================\n" + _EXIT),
    # nvidia-smi's "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure
    # that the latest NVIDIA driver is installed and running." (NVIDIA docs; closed) -> both causes
    ("nvidia-smi-no-driver-comm", "ambiguous",
     "+ nvidia-smi -L\n"
     "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.\n"
     "\n" + _EXIT),
    # pytorch/pytorch aten/src/ATen/cuda/detail/CUDAHooks.cpp / c10/cuda/CUDAFunctions.cpp ("Found no NVIDIA
    # driver on your system. Please check that you have an NVIDIA GPU and installed a driver from ...") ->
    # the image or runner has no driver at all: its config, the same on every rerun
    ("torch-found-no-nvidia-driver", "real",
     "Traceback (most recent call last):\n"
     '  File "/src/examples/train_tiny.py", line 30, in <module>\n'
     "    net = Net().to('cuda')\n"
     "RuntimeError: Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx\n"
     + _EXIT),
    # pytorch/pytorch torch/cuda/__init__.py _check_driver ("The NVIDIA driver on your system is too old
    # (found version %s). Please update your GPU driver ...") -> the wheel's CUDA vs the host's driver
    ("torch-driver-too-old", "real",
     "Traceback (most recent call last):\n"
     '  File "/src/tests/conftest.py", line 9, in <module>\n'
     "    torch.cuda.init()\n"
     "RuntimeError: The NVIDIA driver on your system is too old (found version 11040). Please update your GPU driver by downloading and installing a new version from the URL: http://www.nvidia.com/Download/index.aspx Alternatively, go to: https://pytorch.org to install a PyTorch version that has been compiled with your version of the CUDA driver.\n"
     + _EXIT),
    # the CUDA runtime's cudaErrorInsufficientDriver "CUDA driver version is insufficient for CUDA runtime
    # version" (NVIDIA docs)
    ("cuda-driver-insufficient", "real",
     "[ RUN      ] GpuKernels.Saxpy\n"
     "kernels_test.cu:44: Failure\n"
     "Value of: cudaGetLastError()\n"
     "CUDA error: CUDA driver version is insufficient for CUDA runtime version\n"
     "[  FAILED  ] GpuKernels.Saxpy (3 ms)\n" + _EXIT),
    # pytorch/pytorch torch/cuda/__init__.py _lazy_init ("Torch not compiled with CUDA enabled")
    ("torch-not-compiled-with-cuda", "real",
     "tests/test_device.py::test_moves_to_gpu FAILED\n"
     "E       AssertionError: Torch not compiled with CUDA enabled\n"
     "FAILED tests/test_device.py::test_moves_to_gpu - AssertionError: Torch not compiled with CUDA enabled\n"
     "========================= 1 failed, 30 passed in 4.10s =========================\n" + _EXIT),
    # cudaErrorAssert "device-side assert triggered" (NVIDIA docs) with ATen's indexing assert
    # (aten/src/ATen/native/cuda/IndexKernel.cu "index out of bounds") -> the code's indices
    ("cuda-device-side-assert", "real",
     "/src/aten/src/ATen/native/cuda/IndexKernel.cu:92: operator(): block: [0,0,0], thread: [5,0,0] Assertion `-sizes[i] <= index && index < sizes[i] && \"index out of bounds\"` failed.\n"
     "Traceback (most recent call last):\n"
     '  File "/src/tests/run_embed.py", line 17, in <module>\n'
     "    out = emb(ids).sum().item()\n"
     "RuntimeError: CUDA error: device-side assert triggered\n"
     "Compile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.\n" + _EXIT),
    # cudaErrorIllegalAddress "an illegal memory access was encountered" (NVIDIA docs): most often the code's
    # kernel or indices, sometimes a faulty device -> not surely transient
    ("cuda-illegal-memory-access", "ambiguous",
     "tests/test_ops.py::test_scatter_add FAILED\n"
     "E       RuntimeError: CUDA error: an illegal memory access was encountered\n"
     "E       CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.\n"
     "FAILED tests/test_ops.py::test_scatter_add - RuntimeError: CUDA error: an illegal memory access was encountered\n"
     "========================= 1 failed, 140 passed in 61.30s =========================\n" + _EXIT),
    # a shape mismatch on the GPU is the code's (aten's "mat1 and mat2 shapes cannot be multiplied")
    ("torch-shape-mismatch-on-cuda", "real",
     "tests/test_head.py::test_classifier_head[cuda] FAILED\n"
     "E       RuntimeError: mat1 and mat2 shapes cannot be multiplied (32x512 and 256x10)\n"
     "FAILED tests/test_head.py::test_classifier_head[cuda] - RuntimeError: mat1 and mat2 shapes cannot be multiplied (32x512 and 256x10)\n"
     "========================= 1 failed, 58 passed in 22.40s =========================\n" + _EXIT),

    # ------------------------------------------------------------------ NVIDIA container toolkit
    # moby/moby daemon (the "could not select device driver %q with capabilities: %v" of
    # daemon/devices.go) -> docker without the NVIDIA runtime: the runner's setup
    ("docker-gpus-no-nvidia-runtime", "real",
     "+ docker run --rm --gpus all registry.example.org/ml/cuda-test:12.4 nvidia-smi\n"
     'docker: Error response from daemon: could not select device driver "" with capabilities: [[gpu]].\n'
     "ERRO[0000] error waiting for container: context canceled\n" + _EXIT),
    # NVIDIA/libnvidia-container src/nvc_info.c / cli ("unsatisfied condition: %s, please update your driver
    # to a newer version, or use an earlier cuda container"), and the OCI hook's "nvidia-container-cli:
    # requirement error:" prefix (runc's "error running hook #0")
    ("nvidia-container-cli-requirement", "real",
     "+ docker run --rm --gpus all registry.example.org/ml/train:cu126 pytest -q\n"
     "docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error running hook #0: error running hook: exit status 1, stdout: , stderr: Auto-detected mode as 'legacy'\n"
     "nvidia-container-cli: requirement error: unsatisfied condition: cuda>=12.6, please update your driver to a newer version, or use an earlier cuda container: unknown.\n"
     + _EXIT),
    # the same hook when the host's driver is not loaded ("nvidia-container-cli: initialization error: nvml
    # error: driver not loaded") -> the GPU host broke, or a host without one: both
    ("nvidia-container-cli-driver-not-loaded", "ambiguous",
     "+ docker run --rm --gpus all registry.example.org/ml/train:cu124 pytest -q\n"
     "docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error running hook #0: error running hook: exit status 1, stdout: , stderr: Auto-detected mode as 'legacy'\n"
     "nvidia-container-cli: initialization error: nvml error: driver not loaded: unknown.\n"
     + _EXIT),

    # ------------------------------------------------------------------ NCCL and torch.distributed
    # pytorch/pytorch torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp ("[Rank %d] Watchdog caught collective
    # operation timeout: %s ran for %d milliseconds before timing out.") (checked)
    ("nccl-watchdog-collective-timeout", "transient",
     "tests/distributed/test_ddp.py::test_allreduce_two_ranks \n"
     "[rank1]:[E1203 10:02:11.120394 ProcessGroupNCCL.cpp:616] [Rank 1] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=3, OpType=ALLREDUCE, NumelIn=1048576, NumelOut=1048576, Timeout(ms)=600000) ran for 600044 milliseconds before timing out.\n"
     "[rank1]:[E1203 10:02:11.121002 ProcessGroupNCCL.cpp:1785] [PG ID 0 PG GUID 0(default_pg) Rank 1] Exception (either an error before or timeout detected by watchdog) at work: 3, last enqueued NCCL work: 3, last completed NCCL work: 2.\n"
     "terminate called after throwing an instance of 'c10::DistBackendError'\n"
     "Fatal Python error: Aborted\n" + _EXIT),
    # ProcessGroupNCCL.cpp / NCCLUtils.hpp ("NCCL error in: %s:%d, unhandled system error (run with
    # NCCL_DEBUG=INFO for details), NCCL version %s") (checked in NCCLUtils) -> most often /dev/shm
    ("nccl-unhandled-system-error", "ambiguous",
     "Traceback (most recent call last):\n"
     '  File "/src/tests/dist_smoke.py", line 33, in <module>\n'
     "    dist.all_reduce(t)\n"
     "torch.distributed.DistBackendError: NCCL error in: /pytorch/torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:3356, unhandled system error (run with NCCL_DEBUG=INFO for details), NCCL version 2.21.5\n"
     "ncclSystemError: System call (e.g. socket, malloc) or external library call failed or device error.\n"
     "Last error:\n"
     "Error while creating shared memory segment /dev/shm/nccl-Ab12Cd (size 9637888)\n" + _EXIT),
    # near-miss: one rank raised on the code and the other timed out in the collective waiting for it
    ("nccl-timeout-after-rank-crash", "real",
     "[rank0]: Traceback (most recent call last):\n"
     '[rank0]:   File "/src/tests/dist/train_two.py", line 64, in <module>\n'
     "[rank0]:     loss = criterion(out, target)\n"
     "[rank0]: ValueError: Expected input batch_size (16) to match target batch_size (8).\n"
     "[rank1]:[E1203 10:02:11.120394 ProcessGroupNCCL.cpp:616] [Rank 1] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=7, OpType=ALLREDUCE, NumelIn=1, NumelOut=1, Timeout(ms)=600000) ran for 600031 milliseconds before timing out.\n"
     "torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: 1) local_rank: 0 (pid: 3301) of binary: /opt/venv/bin/python\n"
     "torch.distributed.elastic.multiprocessing.errors.ChildFailedError:\n" + _EXIT),
    # NVIDIA/nccl src/misc/socket.cc ("NET/Socket : Connect to %s failed : %s" at WARN) under the
    # "unhandled system error" of the c10d wrapper -> a peer that was not there yet
    ("nccl-socket-connect-refused", "transient",
     "ci-gpu-7:2201:2260 [0] misc/socket.cc:484 NCCL WARN socketStartConnect: Connect to 10.20.0.12<43215> failed : Software caused connection abort\n"
     "ci-gpu-7:2201:2260 [0] misc/socket.cc:567 NCCL WARN Net : Connect to 10.20.0.12<43215> failed : Connection refused\n"
     "torch.distributed.DistBackendError: NCCL error in: /pytorch/torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:3356, remote process exited or there was a network error, NCCL version 2.21.5\n"
     + _EXIT),
    # torch/csrc/distributed/c10d/TCPStore.cpp ("Timed out after %d seconds waiting for clients. %d/%d
    # clients joined.") (DistStoreError)
    ("torch-store-waiting-for-clients", "transient",
     "[W1203 09:00:12.331 socket.cpp:697] [c10d] The client socket has failed to connect to [ci-gpu-7]:29500 (errno: 111 - Connection refused).\n"
     "Traceback (most recent call last):\n"
     '  File "/src/tests/launch_two.py", line 14, in <module>\n'
     "    dist.init_process_group('nccl')\n"
     "torch.distributed.DistStoreError: Timed out after 901 seconds waiting for clients. 1/2 clients joined.\n"
     + _EXIT),
    # torch/distributed/elastic/rendezvous/dynamic_rendezvous.py (RendezvousTimeoutError) and
    # c10d_rendezvous_backend.py ("The connection to the C10d store has failed. See inner exception for details.")
    ("torch-elastic-rendezvous-connection", "transient",
     "[2026-12-03 09:10:41,224] torch.distributed.launcher.api: [INFO] Starting elastic_operator with launch configs:\n"
     "Traceback (most recent call last):\n"
     '  File "/opt/venv/bin/torchrun", line 8, in <module>\n'
     "torch.distributed.elastic.rendezvous.api.RendezvousConnectionError: The connection to the C10d store has failed. See inner exception for details.\n"
     + _EXIT),
    ("torch-elastic-rendezvous-timeout", "transient",
     "[2026-12-03 09:10:41,224] torch.distributed.elastic.agent.server.api: [INFO] [default] starting workers for entrypoint: python\n"
     "Traceback (most recent call last):\n"
     '  File "/opt/venv/bin/torchrun", line 8, in <module>\n'
     "torch.distributed.elastic.rendezvous.api.RendezvousTimeoutError\n"
     + _EXIT),
    # torch/distributed/elastic/multiprocessing/errors/__init__.py (ChildFailedError's report: "Root Cause
    # (first observed failure):", "exitcode  : %s (pid: %s)", "traceback : Signal 9 (SIGKILL) received by PID")
    ("torch-elastic-child-sigkill", "transient",
     "torch.distributed.elastic.multiprocessing.api: [WARNING] Sending process 3301 closing signal SIGTERM\n"
     "torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: -9) local_rank: 1 (pid: 3302) of binary: /opt/venv/bin/python\n"
     "torch.distributed.elastic.multiprocessing.errors.ChildFailedError:\n"
     "============================================================\n"
     "tests/dist/train_two.py FAILED\n"
     "------------------------------------------------------------\n"
     "Root Cause (first observed failure):\n"
     "[0]:\n"
     "  rank      : 1 (local_rank: 1)\n"
     "  exitcode  : -9 (pid: 3302)\n"
     "  error_file: <N/A>\n"
     "  traceback : Signal 9 (SIGKILL) received by PID 3302\n"
     "============================================================\n" + _EXIT),
    # near-miss: the same report behind a worker's own exception (exitcode 1) -> the code
    ("torch-elastic-child-exitcode-1", "real",
     "[rank0]: Traceback (most recent call last):\n"
     '[rank0]:   File "/src/tests/dist/train_two.py", line 51, in <module>\n'
     "[rank0]:     logits = head(feats)\n"
     "[rank0]: RuntimeError: mat1 and mat2 shapes cannot be multiplied (16x768 and 1024x2)\n"
     "torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: 1) local_rank: 0 (pid: 3301) of binary: /opt/venv/bin/python\n"
     "torch.distributed.elastic.multiprocessing.errors.ChildFailedError:\n"
     "============================================================\n"
     "tests/dist/train_two.py FAILED\n"
     "------------------------------------------------------------\n"
     "Root Cause (first observed failure):\n"
     "[0]:\n"
     "  rank      : 0 (local_rank: 0)\n"
     "  exitcode  : 1 (pid: 3301)\n"
     "  error_file: <N/A>\n"
     "  traceback : To enable traceback see: https://pytorch.org/docs/stable/elastic/errors.html\n"
     "============================================================\n" + _EXIT),

    # ------------------------------------------------------------------ TensorFlow and JAX
    # tensorflow/tensorflow tensorflow/core/common_runtime/bfc_allocator.cc / op_kernel.cc ("OOM when
    # allocating tensor with shape%s and type %s on %s by allocator %s") (ResourceExhaustedError)
    ("tf-oom-allocating-tensor", "transient",
     "Epoch 1/2\n"
     "tensorflow.python.framework.errors_impl.ResourceExhaustedError: Graph execution error:\n"
     "OOM when allocating tensor with shape[256,1024,1024] and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc\n"
     "\t [[{{node model/dense/MatMul}}]]\n"
     "Hint: If you want to see a list of allocated tensors when OOM happens, add report_tensor_allocations_upon_oom to RunOptions for current allocation info.\n"
     + _EXIT),
    # tensorflow/core/util/bcast / ops ("Incompatible shapes: [%s] vs. [%s]") -> the code
    ("tf-incompatible-shapes", "real",
     "tests/test_loss.py::test_weighted_loss FAILED\n"
     "E       tensorflow.python.framework.errors_impl.InvalidArgumentError: {{function_node __wrapped__Mul_device_/job:localhost/replica:0/task:0/device:GPU:0}} Incompatible shapes: [32,10] vs. [32,5] [Op:Mul] name:\n"
     "FAILED tests/test_loss.py::test_weighted_loss - tensorflow.python.framework.errors_impl.InvalidArgumentError: ...\n"
     "========================= 1 failed, 17 passed in 12.33s =========================\n" + _EXIT),
    # openxla/xla xla/stream_executor and jax/_src/xla_bridge.py: XlaRuntimeError "RESOURCE_EXHAUSTED: Out of
    # memory while trying to allocate %d bytes."
    ("jax-resource-exhausted-oom", "transient",
     "tests/test_attention.py::test_long_sequence FAILED\n"
     "E       jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 17179869184 bytes.\n"
     "FAILED tests/test_attention.py::test_long_sequence - jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 17179869184 bytes.\n"
     "========================= 1 failed, 64 passed in 88.01s =========================\n" + _EXIT),
    # google/jax jax/_src/xla_bridge.py ("Unable to initialize backend '%s': %s (you may need to uninstall the
    # failing plugin package, or set JAX_PLATFORMS=cpu to skip this backend.)") with the CUDA plugin's
    # version check ("Found CUDA version %s, but JAX was built against version %s, which is newer.")
    ("jax-cuda-version-too-old", "real",
     "Traceback (most recent call last):\n"
     '  File "/src/tests/gpu_smoke.py", line 3, in <module>\n'
     "    print(jax.devices('gpu'))\n"
     "RuntimeError: Unable to initialize backend 'cuda': Unable to load CUDA. Is it installed? Found CUDA version 12010, but JAX was built against version 12030, which is newer. The copy of CUDA that is installed must be at least as new as the version against which JAX was built. (you may need to uninstall the failing plugin package, or set JAX_PLATFORMS=cpu to skip this backend.)\n"
     + _EXIT),
    # jax/_src/lax: broadcasting error ("add got incompatible shapes for broadcasting: %s, %s.") -> the code
    ("jax-incompatible-shapes", "real",
     "tests/test_ops.py::test_residual FAILED\n"
     "E       TypeError: add got incompatible shapes for broadcasting: (8, 128), (8, 64).\n"
     "FAILED tests/test_ops.py::test_residual - TypeError: add got incompatible shapes for broadcasting: (8, 128), (8, 64).\n"
     "========================= 1 failed, 91 passed in 31.52s =========================\n" + _EXIT),

    # ------------------------------------------------------------------ nbclient (nbconvert --execute, nbmake)
    # jupyter/nbclient nbclient/client.py ("Kernel died while waiting for execute reply.", DeadKernelError
    # "Kernel died") (checked)
    ("nbconvert-dead-kernel", "transient",
     "[NbConvertApp] Converting notebook examples/tour.ipynb to notebook\n"
     "[NbConvertApp] ERROR | Kernel died while waiting for execute reply.\n"
     "Traceback (most recent call last):\n"
     '  File "/opt/venv/bin/jupyter-nbconvert", line 8, in <module>\n'
     "nbclient.exceptions.DeadKernelError: Kernel died\n" + _EXIT),
    # nbclient/exceptions.py timeout_err_msg ("A cell timed out while it was being executed, after %s
    # seconds. The message was: %s.") (checked)
    ("nbconvert-cell-timeout", "transient",
     "[NbConvertApp] Converting notebook docs/examples/fetch.ipynb to notebook\n"
     "Traceback (most recent call last):\n"
     '  File "/opt/venv/bin/jupyter-nbconvert", line 8, in <module>\n'
     "nbclient.exceptions.CellTimeoutError: A cell timed out while it was being executed, after 600 seconds.\n"
     "The message was: Cell execution timed out.\n"
     "Here is a preview of the cell contents:\n"
     "-------------------\n"
     "['resp = client.download(dataset_url)']\n"
     "-------------------\n" + _EXIT),
    # nbclient/exceptions.py exec_err_msg ("An error occurred while executing the following cell:") (checked)
    ("nbconvert-cell-nameerror", "real",
     "[NbConvertApp] Converting notebook docs/quickstart.ipynb to notebook\n"
     "nbclient.exceptions.CellExecutionError: An error occurred while executing the following cell:\n"
     "------------------\n"
     "summary = frame.describe()\n"
     "------------------\n"
     "\n"
     "---------------------------------------------------------------------------\n"
     "NameError                                 Traceback (most recent call last)\n"
     "Cell In[4], line 1\n"
     "----> 1 summary = frame.describe()\n"
     "\n"
     "NameError: name 'frame' is not defined\n" + _EXIT),
    # jupyter/jupyter_client jupyter_client/client.py _async_wait_for_ready ("Kernel died before replying to
    # kernel_info", "Kernel didn't respond in %d seconds")
    ("jupyter-kernel-died-before-kernel-info", "transient",
     "[NbConvertApp] Converting notebook examples/plots.ipynb to notebook\n"
     "Traceback (most recent call last):\n"
     '  File "/opt/venv/bin/jupyter-nbconvert", line 8, in <module>\n'
     "RuntimeError: Kernel died before replying to kernel_info\n" + _EXIT),
    ("jupyter-kernel-didnt-respond", "transient",
     "docs/howto.ipynb F\n"
     "E   RuntimeError: Kernel didn't respond in 60 seconds\n"
     "FAILED docs/howto.ipynb::howto.ipynb - RuntimeError: Kernel didn't respond in 60 seconds\n"
     "========================= 1 failed, 4 passed in 88.20s =========================\n" + _EXIT),
    # near-miss: a test of a notebook runner asserting on the exception's name
    ("notebook-runner-test-asserts-dead-kernel", "real",
     "tests/test_runner.py::test_reports_dead_kernel FAILED\n"
     "E       AssertionError: assert 'CellExecutionError' == 'DeadKernelError'\n"
     "FAILED tests/test_runner.py::test_reports_dead_kernel - AssertionError: assert 'CellExecutionError' == 'DeadKernelError'\n"
     "========================= 1 failed, 52 passed in 6.02s =========================\n" + _EXIT),
    # jupyter/jupyter_client jupyter_client/kernelspec.py (NoSuchKernel "No such kernel named %s")
    ("nbconvert-no-such-kernel", "real",
     "[NbConvertApp] Converting notebook analysis.ipynb to html\n"
     "Traceback (most recent call last):\n"
     '  File "/opt/venv/bin/jupyter-nbconvert", line 8, in <module>\n'
     "jupyter_client.kernelspec.NoSuchKernel: No such kernel named widgets-env\n" + _EXIT),
    # treebeardtech/nbmake src/nbmake/nb_run.py (the error's last traceback line as the summary; CellTimeoutError's
    # first line) (checked)
    ("nbmake-cell-error", "real",
     "============================= test session starts ==============================\n"
     "collected 3 items\n"
     "docs/a.ipynb .\n"
     "docs/b.ipynb F\n"
     "FAILED docs/b.ipynb::b.ipynb - ValueError: could not convert string to float: 'n/a'\n"
     "========================= 1 failed, 2 passed in 21.04s =========================\n" + _EXIT),
    ("nbmake-cell-timeout", "transient",
     "docs/tutorial.ipynb F\n"
     "=================================== FAILURES ===================================\n"
     "_______________________________ tutorial.ipynb ________________________________\n"
     "A cell timed out while it was being executed, after 300 seconds.\n"
     "The message was: Cell execution timed out.\n"
     "FAILED docs/tutorial.ipynb::tutorial.ipynb - A cell timed out while it was being executed, after 300 seconds.\n"
     "========================= 1 failed, 6 passed in 331.50s =========================\n" + _EXIT),

    # ------------------------------------------------------------------ nbval
    # computationalmodelling/nbval nbval/plugin.py (repr_failure "Notebook cell execution failed", "Cell %d:
    # %s", "Cell execution caused an exception"; "Timeout of %g seconds exceeded while executing cell.";
    # "Kernel dead on test start") (checked)
    ("nbval-cell-exception", "real",
     "examples/intro.ipynb::Cell 3 FAILED\n"
     "_______________________ examples/intro.ipynb::Cell 3 ________________________\n"
     "Notebook cell execution failed\n"
     "Cell 3: Cell execution caused an exception\n"
     "\n"
     "Input:\n"
     "result = solve(grid, tol=1e-9)\n"
     "\n"
     "Traceback:\n"
     "KeyError: 'boundary'\n"
     "FAILED examples/intro.ipynb::Cell 3\n" + _EXIT),
    ("nbval-cell-timeout", "transient",
     "examples/remote_data.ipynb::Cell 2 FAILED\n"
     "Notebook cell execution failed\n"
     "Cell 2: Timeout of 120 seconds exceeded while executing cell. Failed to interrupt kernel in 5 seconds, so failing without traceback.\n"
     "\n"
     "Input:\n"
     "table = load_remote_table()\n"
     "FAILED examples/remote_data.ipynb::Cell 2\n" + _EXIT),
    ("nbval-kernel-dead", "transient",
     "examples/big.ipynb::Cell 6 FAILED\n"
     "E   RuntimeError: Kernel dead on test start\n"
     "FAILED examples/big.ipynb::Cell 6 - RuntimeError: Kernel dead on test start\n"
     "========================= 1 failed, 12 passed in 71.10s =========================\n" + _EXIT),
    # nbval/plugin.py compare_outputs ("assert reference_output == test_output failed:") -> the notebook's
    # outputs changed
    ("nbval-output-differs", "real",
     "examples/intro.ipynb::Cell 5 FAILED\n"
     "Notebook cell execution failed\n"
     "Cell 5: Cell outputs differ\n"
     "\n"
     " assert reference_output == test_output failed:\n"
     "\n"
     "  '[1, 2, 3]' == '[1, 2, 4]'\n"
     "FAILED examples/intro.ipynb::Cell 5\n" + _EXIT),

    # ------------------------------------------------------------------ papermill and MyST-NB
    # nteract/papermill papermill/exceptions.py (PapermillExecutionError: 'Exception encountered at "In [%s]":')
    # (checked)
    ("papermill-execution-error", "real",
     "Executing:  60%|██████    | 6/10 [00:04<00:02,  1.52cell/s]\n"
     "Traceback (most recent call last):\n"
     '  File "/opt/venv/bin/papermill", line 8, in <module>\n'
     "papermill.exceptions.PapermillExecutionError: \n"
     "---------------------------------------------------------------------------\n"
     'Exception encountered at "In [6]":\n'
     "ZeroDivisionError: division by zero\n" + _EXIT),
    # papermill wraps nbclient: a dead kernel under papermill
    ("papermill-dead-kernel", "transient",
     "Executing:  30%|███       | 3/10 [00:40<01:35, 13.62s/cell]\n"
     "Traceback (most recent call last):\n"
     '  File "/opt/venv/bin/papermill", line 8, in <module>\n'
     "nbclient.exceptions.DeadKernelError: Kernel died\n" + _EXIT),
    # executablebooks/MyST-NB myst_nb/core/execute/direct.py ("Executing notebook failed: %s") and
    # myst_nb/sphinx_.py ("Notebook exception traceback saved in: %s") (checked), under sphinx -W
    ("mystnb-cell-execution-error", "real",
     "reading sources... [ 50%] notebooks/demo\n"
     "/src/docs/notebooks/demo.ipynb: WARNING: Executing notebook failed: CellExecutionError [mystnb.exec]\n"
     "/src/docs/notebooks/demo.ipynb: WARNING: Notebook exception traceback saved in: /src/docs/_build/.jupyter_cache/executed/demo.err.log [mystnb.exec]\n"
     "\n"
     "Warning, treated as error:\n"
     "/src/docs/notebooks/demo.ipynb:WARNING: Executing notebook failed: CellExecutionError [mystnb.exec]\n"
     + _EXIT),
    ("mystnb-dead-kernel", "transient",
     "reading sources... [ 40%] tutorials/gpu\n"
     "/src/docs/tutorials/gpu.ipynb: WARNING: Executing notebook failed: DeadKernelError [mystnb.exec]\n"
     "\n"
     "Warning, treated as error:\n"
     "/src/docs/tutorials/gpu.ipynb:WARNING: Executing notebook failed: DeadKernelError [mystnb.exec]\n"
     + _EXIT),

    # ------------------------------------------------------------------ knitr (R Markdown, Quarto)
    # yihui/knitr R/output.R ("Quitting from lines %s [%s] (%s)") then R's "Execution halted"
    ("rmarkdown-chunk-error", "real",
     "processing file: report.Rmd\n"
     "  |..............                    |  40% [summarise]\n"
     "Quitting from lines 31-38 [summarise] (report.Rmd)\n"
     "Error in `dplyr::summarise()`:\n"
     "! object 'weight_kg' not found\n"
     "Backtrace:\n"
     "Execution halted\n" + _EXIT),
    # quarto-dev/quarto-cli src/execute/jupyter (the Jupyter engine relays nbclient's
    # "An error occurred while executing the following cell:")
    ("quarto-jupyter-cell-error", "real",
     "Starting python3 kernel...Done\n"
     "Executing 'index.quarto_ipynb'\n"
     "  Cell 1/4: 'setup'...Done\n"
     "  Cell 2/4: 'load'...\n"
     "\n"
     "An error occurred while executing the following cell:\n"
     "------------------\n"
     "df = pd.read_csv('data/sales.csv')\n"
     "------------------\n"
     "FileNotFoundError: [Errno 2] No such file or directory: 'data/sales.csv'\n" + _EXIT),

    # ------------------------------------------------------------------ R CMD check and rcmdcheck
    # r-lib/rcmdcheck R/print.R ("R CMD check results", the summary "%d errors | %d warnings | %d notes") and
    # R/package.R handle_error_on ("R CMD check found ERRORs", "... WARNINGs", "R CMD check timed out") (checked)
    ("rcmdcheck-errors", "real",
     "── R CMD check results ────────────────────────────────── widgetr 0.4.1 ────\n"
     "Duration: 1m 52.3s\n"
     "\n"
     "❯ checking examples ... ERROR\n"
     "  Running examples in ‘widgetr-Ex.R’ failed\n"
     "  Error in make_widget(3) : could not find function \"make_widget\"\n"
     "\n"
     "1 error ✖ | 0 warnings ✔ | 0 notes ✔\n"
     "Error: R CMD check found ERRORs\n"
     "Execution halted\n" + _EXIT),
    ("rcmdcheck-warnings", "real",
     "❯ checking Rd \\usage sections ... WARNING\n"
     "  Undocumented arguments in documentation object 'fit_curve'\n"
     "    ‘weights’\n"
     "\n"
     "0 errors ✔ | 1 warning ✖ | 0 notes ✔\n"
     "Error: R CMD check found WARNINGs\n"
     "Execution halted\n" + _EXIT),
    # R's own check (tools:::.check_packages "Status: %s") -> the package's
    ("r-cmd-check-status-error", "real",
     "* checking tests ...\n"
     "  Running ‘testthat.R’\n"
     " ERROR\n"
     "Running the tests in ‘tests/testthat.R’ failed.\n"
     "* DONE\n"
     "\n"
     "Status: 1 ERROR, 1 NOTE\n"
     "See\n"
     "  ‘/tmp/check/widgetr.Rcheck/00check.log’\n"
     "for details.\n" + _EXIT),
    ("rcmdcheck-timed-out", "ambiguous",
     "── R CMD check results ────────────────────────────────── widgetr 0.4.1 ────\n"
     "Duration: 1h 0m 0.1s\n"
     "Error: R CMD check timed out\n"
     "Execution halted\n" + _EXIT),

    # ------------------------------------------------------------------ testthat
    # r-lib/testthat R/reporter-check.R ("Failed tests" rule, "[ FAIL %d | WARN %d | SKIP %d | PASS %d ]"),
    # R/test-files.R ("Test failures.") (checked)
    ("testthat-failures", "real",
     "[ FAIL 1 | WARN 0 | SKIP 2 | PASS 118 ]\n"
     "\n"
     "══ Failed tests ════════════════════════════════════════════════════════════════\n"
     "── Failure ('test-parse.R:41:3'): parse_date handles ISO weeks ─────────────────\n"
     "parse_date(\"2026-W49\") (`actual`) not equal to as.Date(\"2026-11-30\") (`expected`).\n"
     "\n"
     "[ FAIL 1 | WARN 0 | SKIP 2 | PASS 118 ]\n"
     "Error: Test failures.\n"
     "Execution halted\n" + _EXIT),
    ("testthat-error-in-test", "real",
     "══ Failed tests ════════════════════════════════════════════════════════════════\n"
     "── Error ('test-io.R:12:3'): read_table reads gzip ─────────────────────────────\n"
     "Error in `read_table(path)`: unused argument (compress = TRUE)\n"
     "\n"
     "[ FAIL 1 | WARN 0 | SKIP 0 | PASS 64 ]\n"
     "Error: Test failures.\n" + _EXIT),
    # near-miss: a testthat expectation about the package's own network message
    ("testthat-words-expected-timeout", "real",
     "── Failure ('test-client.R:20:3'): fetch reports timeouts ──────────────────────\n"
     "`fetch_json(url)` threw an error with unexpected message.\n"
     "Expected match: \"Timeout was reached\"\n"
     "Actual message: \"could not resolve host\"\n"
     "\n"
     "[ FAIL 1 | WARN 0 | SKIP 0 | PASS 12 ]\n"
     "Error: Test failures.\n" + _EXIT),

    # ------------------------------------------------------------------ CRAN / Posit package manager mirrors
    # R's utils:::available.packages ("unable to access index for repository %s:\n  %s") and
    # download.file ("cannot open URL '%s'", "URL '%s': status was '%s'") (R sources, src/library/utils/R)
    ("cran-index-unreachable", "transient",
     "> install.packages(c('jsonlite', 'curl'))\n"
     "Warning: unable to access index for repository https://cran.example.org/src/contrib:\n"
     "  cannot open URL 'https://cran.example.org/src/contrib/PACKAGES'\n"
     "Warning message:\n"
     "packages ‘jsonlite’, ‘curl’ are not available for this version of R\n"
     "Error: package 'jsonlite' could not be installed\n" + _EXIT),
    ("p3m-download-503", "transient",
     "trying URL 'https://pkgs.example.org/cran/__linux__/jammy/latest/src/contrib/xml2_1.3.6.tar.gz'\n"
     "Error in download.file(url, destfile, method, mode = \"wb\", ...) : \n"
     "  cannot open URL 'https://pkgs.example.org/cran/__linux__/jammy/latest/src/contrib/xml2_1.3.6.tar.gz'\n"
     "In addition: Warning message:\n"
     "In download.file(url, destfile, method, mode = \"wb\", ...) :\n"
     "  cannot open URL 'https://pkgs.example.org/cran/__linux__/jammy/latest/src/contrib/xml2_1.3.6.tar.gz': HTTP status was '503 Service Unavailable'\n"
     "Execution halted\n" + _EXIT),
    # near-miss: a package that is not on CRAN for this R ("package %s is not available for this version of R"
    # with the index reachable)
    ("cran-package-not-available", "real",
     "> install.packages('widgetrr')\n"
     "Installing package into '/usr/local/lib/R/site-library'\n"
     "Warning message:\n"
     "package ‘widgetrr’ is not available for this version of R\n"
     "\n"
     "A version of this package for your version of R might be available elsewhere,\n"
     "see the ideas at\n"
     "https://cran.r-project.org/doc/manuals/r-patched/R-admin.html#Installing-packages\n"
     "Error: package 'widgetrr' could not be installed\n" + _EXIT),
    # base R's library() ("there is no package called %s") -> a dependency the workflow never installed
    ("r-no-package-called", "real",
     "> devtools::document()\n"
     "Error in loadNamespace(x) : there is no package called ‘roxygen2’\n"
     "Calls: loadNamespace -> withRestarts -> withOneRestart -> doWithOneRestart\n"
     "Execution halted\n" + _EXIT),
    # R CMD INSTALL of a package whose system library is missing ("ERROR: configuration failed for package",
    # "installation of package %s had non-zero exit status")
    ("r-install-configure-failed", "real",
     "------------------------- ANTICONF ERROR ---------------------------\n"
     "Configuration failed because libxml-2.0 was not found. Try installing:\n"
     " * deb: libxml2-dev (Debian, Ubuntu, etc)\n"
     "--------------------------------------------------------------------\n"
     "ERROR: configuration failed for package ‘xml2’\n"
     "* removing ‘/usr/local/lib/R/site-library/xml2’\n"
     "Warning message:\n"
     "In install.packages(\"xml2\") :\n"
     "  installation of package ‘xml2’ had non-zero exit status\n" + _EXIT),

    # ------------------------------------------------------------------ pak / pkgdepends (setup-r-dependencies)
    # r-lib/pak R/subprocess.R ("error in pak subprocess"), r-lib/pkgdepends R/solve.R ("Could not solve package
    # dependencies:"), R/resolution.R ("Can't find package called %s.") (checked)
    ("pak-cannot-solve", "real",
     "Run pak::lockfile_create(c(\"deps::.\", \"any::rcmdcheck\"), lockfile = \".github/pkg.lock\")\n"
     "Error: \n"
     "! error in pak subprocess\n"
     "Caused by error: \n"
     "! Could not solve package dependencies:\n"
     "* deps::.: Can't install dependency widgetlibx\n"
     "* widgetlibx: Can't find package called widgetlibx.\n"
     "Execution halted\n" + _EXIT),
    # pkgdepends R/download-progress-bar.R ("Failed to download {pkg} {version} ({platform})", "Failed to
    # download {n} package{s}.") (checked) over curl's "Timeout was reached"
    ("pak-download-timeout", "transient",
     "→ Will install 42 packages.\n"
     "✖ Failed to download curl 6.0.1 (x86_64-pc-linux-gnu-ubuntu-22.04)\n"
     "✖ Failed to download 1 package.\n"
     "Error: \n"
     "! error in pak subprocess\n"
     "Caused by error in `stop_for_status()`: \n"
     "! Timeout was reached: [pkgs.example.org] Operation timed out after 60001 milliseconds with 0 out of 0 bytes received\n"
     "Execution halted\n" + _EXIT),
    ("pak-download-502", "transient",
     "✖ Failed to download systemfonts 1.1.0 (x86_64-pc-linux-gnu-ubuntu-24.04)\n"
     "✖ Failed to download 1 package.\n"
     "Error: \n"
     "! error in pak subprocess\n"
     "Caused by error: \n"
     "! HTTP error 502 Bad Gateway for https://pkgs.example.org/cran/__linux__/noble/latest/src/contrib/systemfonts_1.1.0.tar.gz\n"
     "Execution halted\n" + _EXIT),

    # ------------------------------------------------------------------ remotes
    # r-lib/remotes R/install-remote.R ("Failed to install '%s' from %s:\n  %s") and R/github.R ("HTTP error %s.",
    # "Rate limit remaining: %s/%s", "To increase your GitHub API rate limit"; the 404 guidance "Did you spell
    # the repo owner (`%s`) and repo name (`%s`) correctly?") (checked)
    ("remotes-github-rate-limit", "transient",
     "Error: Failed to install 'unknown package' from GitHub:\n"
     "  HTTP error 403.\n"
     "  API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)\n"
     "\n"
     "  Rate limit remaining: 0/60\n"
     "  Rate limit reset at: 2026-12-03 22:31:02 UTC\n"
     "\n"
     "  To increase your GitHub API rate limit\n"
     "  - Use `usethis::create_github_token()` to create a Personal Access Token.\n"
     "Execution halted\n" + _EXIT),
    ("remotes-github-404", "real",
     "Error: Failed to install 'unknown package' from GitHub:\n"
     "  HTTP error 404.\n"
     "  Not Found\n"
     "\n"
     "  Did you spell the repo owner (`example-org`) and repo name (`widgetrx`) correctly?\n"
     "  - If spelling is correct, check that you have the required permissions to access the repo.\n"
     "Execution halted\n" + _EXIT),

    # ------------------------------------------------------------------ renv
    # rstudio/renv R/download.R ("error downloading '%s' [%s]", "\tERROR [%s]"), R/retrieve.R ("failed to
    # retrieve package '%s'") (checked): the bracket holds a curl exit code or R's message
    ("renv-download-503", "transient",
     "- Downloading widgetlib from CRAN ...           ERROR [HTTP status was '503 Service Unavailable']\n"
     "Warning: error downloading 'https://cran.example.org/src/contrib/widgetlib_2.1.0.tar.gz' [HTTP status was '503 Service Unavailable']\n"
     "Error: failed to retrieve package 'widgetlib@2.1.0'\n"
     "Traceback (most recent calls last):\n"
     "Execution halted\n" + _EXIT),
    ("renv-download-error-code", "ambiguous",
     "- Downloading widgetlib from CRAN ...           ERROR [error code 22]\n"
     "Warning: error downloading 'https://cran.example.org/src/contrib/Archive/widgetlib/widgetlib_0.9.1.tar.gz' [error code 22]\n"
     "Error: failed to retrieve package 'widgetlib@0.9.1'\n"
     "Execution halted\n" + _EXIT),
    # renv/R/r.R ("install of package '%s' failed") after a compile error -> the package's build
    ("renv-install-compile-failed", "real",
     "- Installing fastgeo ...                        FAILED\n"
     "fastgeo.cpp:112:5: error: 'span' is not a member of 'std'\n"
     "make: *** [/usr/lib/R/etc/Makeconf:200: fastgeo.o] Error 1\n"
     "ERROR: compilation failed for package ‘fastgeo’\n"
     "Error: install of package 'fastgeo' failed [error code 1]\n"
     "Execution halted\n" + _EXIT),

    # ------------------------------------------------------------------ r-lib/actions setup-r, BiocManager
    # r-lib/actions setup-r/src/installer.ts ("Failed to get R %s: %s", "Failed to resolve R version %s at
    # %s.") (checked) -> the workflow asks for an R that does not exist
    ("setup-r-unresolved-version", "real",
     "Run r-lib/actions/setup-r@v2\n"
     "##[error]Failed to get R 4.9.7: Failed to resolve R version 4.9.7 at https://api.r-hub.io/rversions/resolve/4.9.7/linux-ubuntu-22.04-x86_64.\n"),
    # setup-r/src/installer.ts ("Failed to download version %s: %s") over @actions/tool-cache's
    # "Unexpected HTTP response: %s"
    ("setup-r-download-503", "transient",
     "Run r-lib/actions/setup-r@v2\n"
     "Downloading R\n"
     "##[error]Failed to get R [object Object]: Failed to download version [object Object]: Error: Unexpected HTTP response: 503\n"),
    # Bioconductor/BiocManager R/version.R (".version_validity": "Bioconductor version '%s' requires R version
    # '%s'") -> the workflow's pins
    # BiocManager R/version.R (.VERSION_MAP_UNABLE_TO_VALIDATE "Bioconductor version cannot be validated; no
    # internet connection?"): the version map at bioconductor.org could not be read
    ("biocmanager-cannot-validate-offline", "transient",
     "> BiocManager::install(c('limma', 'edgeR'))\n"
     "Warning message:\n"
     "In file(con, \"r\") :\n"
     "  URL 'https://bioconductor.org/config.yaml': Timeout of 60 seconds was reached\n"
     "Error: Bioconductor version cannot be validated; no internet connection?\n"
     "    See #troubleshooting section in vignette\n"
     "Execution halted\n" + _EXIT),
    ("biocmanager-version-requires-r", "real",
     "> BiocManager::install(version = '3.22')\n"
     "Error: Bioconductor version '3.22' requires R version '4.6'; use `BiocManager::install(version = '3.20')`\n"
     "  with R version 4.4; see https://bioconductor.org/install\n"
     "Execution halted\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled([c for c in CASES if c[1] != "ambiguous"]))
def test_gpu_ml_notebooks_r_case_reads_as_labelled(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs([(c[0], c[2]) for c in CASES if c[1] == "ambiguous"]))
def test_gpu_ml_notebooks_r_ambiguous_case_is_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def test_gpu_ml_notebooks_r_case_ids_are_unique() -> None:
    assert_unique_ids(CASES)


# The words of the patterns this round added, for benchmarks/pattern_speed.py's long lines.
LONG_LINE_WORDS = [
    "NVRM: Xid (PCI:0000:41:00): NVRM: Xid (PCI:0000:41:00 GPU is lost GPU has fallen off ",
    "[rank0]: ValueError [rank1]: torch.distributed.Error: RuntimeError: [Rank 0] Error Exception ",
    "Timeout of 1.5 seconds exceeded Timeout of 30 seconds exceeded while executing ",
    'could not select device driver "nvidia" with capabilities: [[gpu could not select device driver "',
    "Failed to resolve R version 4.9.7 at Failed to resolve R version ",
    "traceback : Signal 9 (SIGKILL) received by PID failed (exitcode: -9) local_rank: ",
    "Expected match: Actual message: expected match actual message ",
]
