"""real36: lasting causes in outage words, and a build's own version floor.

- The job's own install of torch's CUDA wheel set (nvidia-*-cu1N, several gigabytes) and the disk full below it reads
  real (disk-filled-by-the-jobs-cuda-wheels); the disk full alone, or below torch's own wheel, stays the runner's disk
  (disk-full, transient).
- A public host name resolved to 0.0.0.0 and the connection refused reads real (host-blocked-by-resolver): a hosts entry
  or a DNS sinkhole blocks it on purpose; a refusal from a real address, or from the job's own 0.0.0.0 or localhost
  server, keeps its reading.
- A build's own version check ("At least Erlang/OTP 25.0 is required to build Elixir", Autoconf's "... version 1.1.1 or
  higher is required") reads real (toolchain-version).
- A downloader's "Download failed with code 403" reads real like curl's "returned error: 403" (auth-failure).
- opam's "The compilation of <pkg> failed at ..." reads real (opam-build-command-failed); a build the machine killed
  below it, or opam's bubblewrap sandbox refused by the runner, stays undecided.
- Elasticsearch's and OpenSearch's bootstrap checks against the machine's limits, in their forms before 8.x, read real
  like the 8.x form (app-server-start-refused); the same words at WARN level are not read.

Every log line here was written for this test (hosts, projects, paths made up); no project's CI log is copied. Cases
whose id starts with "guard_" are near-miss guards and "kept_" a form read real already (both read the same at 543b9cd:
Autoconf's error through its "configure: error:" line, opam's through its "#=== ERROR while compiling" line as an
unexplained error, now with its own reading, OpenSearch's 8.x-form check); every other case fails there.
"""

from __future__ import annotations

import re

import pytest
from frames import gh_step as _gh
from judging import assert_reads, assert_unique_ids, judge, signatures

from triage_agent.classify.catalogue import builtin_catalogue


def _plain(cmd: str, body: list[str]) -> str:
    return "\n".join([f"$ {cmd}", *body]) + "\n"


_PIP_CUDA_INSTALL = _gh("pip install -e '.[train]'", [
    "Collecting nvidia-cublas-cu12==12.4.5.8 (from torch>=2.4->wrenfield==0.3.0)",
    "  Downloading nvidia_cublas_cu12-12.4.5.8-py3-none-manylinux2014_x86_64.whl (363.4 MB)",
    "Collecting nvidia-cudnn-cu12==9.1.0.70 (from torch>=2.4->wrenfield==0.3.0)",
    "  Downloading nvidia_cudnn_cu12-9.1.0.70-py3-none-manylinux2014_x86_64.whl (664.8 MB)",
    "Installing collected packages: mpmath, sympy, nvidia-nvtx-cu12, nvidia-nccl-cu12, nvidia-cublas-cu12, "
    "nvidia-cudnn-cu12, triton, torch, wrenfield",
    "ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device"])

_UV_CUDA_INSTALL = _plain("uv sync --frozen", [
    "Resolved 88 packages in 4ms",
    "   Building wrenfield @ file:///builds/quarry/wrenfield",
    "Downloading nvidia-cusparse-cu12 (206.5MiB)",
    "Downloading nvidia-cudnn-cu12 (634.0MiB)",
    "Downloading torch (731.2MiB)",
    "error: Failed to install: nvidia_cudnn_cu12-9.1.0.70-py3-none-manylinux2014_x86_64.whl (nvidia-cudnn-cu12==9.1.0.70)",
    "  Caused by: failed to write to file `/root/.cache/uv/archive-v0/Xk2/nvidia/cudnn/lib/libcudnn_engines_precompiled.so.9`:"
    " No space left on device (os error 28)"])

CASES: list[tuple[str, str, str]] = [
    # --- the job's own CUDA wheels filled the disk: real (was transient) ---
    ("gh_pip_cuda_wheels_then_errno28", "real", _PIP_CUDA_INSTALL),
    ("plain_uv_cuda_wheels_then_os_error_28", "real", _UV_CUDA_INSTALL),
    ("plain_pip_build_deps_subprocess_cuda", "real", _plain("pip install .", [
        "  Installing build dependencies: started",
        "      Installing collected packages: nvidia-cusparselt-cu12, typing-extensions, nvidia-nvjitlink-cu12, "
        "nvidia-cuda-runtime-cu12, nvidia-cufft-cu12, torch",
        "      ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device",
        "      [end of output]",
        "error: subprocess-exited-with-error"])),
    # --- the disk full without the CUDA wheels: the runner's disk, as before ---
    ("guard_torch_wheel_alone_then_errno28", "transient", _gh("pip install torch==2.3.1", [
        "Collecting torch==2.3.1",
        "  Downloading torch-2.3.1-cp311-cp311-manylinux1_x86_64.whl (779.1 MB)",
        "ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device"])),
    ("guard_cuda_already_installed_then_docker_full", "transient", _plain("bash ci/image.sh", [
        "Requirement already satisfied: nvidia-cublas-cu12==12.4.5.8 in /opt/venv/lib/python3.11/site-packages",
        "#9 [stage-1 4/6] COPY --from=build /opt/venv /opt/venv",
        "#9 ERROR: failed to copy files: write /var/lib/docker/overlay2/7c1e/diff/opt/venv/lib/libtorch.so: "
        "no space left on device"])),
    # --- a public host name answered with 0.0.0.0, refused: a block, real (was transient) ---
    ("plain_gradle_host_resolved_to_unspecified", "real", _plain("./gradlew assemble", [
        "* What went wrong:",
        "Could not resolve all files for configuration ':app:kotlinNativeBundleConfiguration'.",
        "   > Could not resolve :kotlin-native-prebuilt-linux-x86_64:2.0.21.",
        "      > Could not get resource 'https://dl.quarry.example/native/kotlin-native-prebuilt-linux-x86_64-2.0.21.tar.gz'.",
        "         > Could not HEAD 'https://dl.quarry.example/native/kotlin-native-prebuilt-linux-x86_64-2.0.21.tar.gz'.",
        "            > Connect to dl.quarry.example:443 [dl.quarry.example/0.0.0.0] failed: Connection refused"])),
    ("gh_go_get_dial_unspecified", "real", _gh("go mod download", [
        'go: github.com/wren/larch@v1.4.2: Get "https://proxy.quarry.example/github.com/wren/larch/@v/v1.4.2.mod": '
        "dial tcp 0.0.0.0:443: connect: connection refused"])),
    ("plain_npm_request_unspecified", "real", _plain("npm ci", [
        "npm error code ECONNREFUSED",
        "npm error syscall connect",
        "npm error errno ECONNREFUSED",
        "npm error FetchError: request to https://registry.quarry.example/left-pad failed, reason: connect ECONNREFUSED "
        "0.0.0.0:443"])),
    ("plain_wget_connecting_unspecified", "real", _plain("wget https://files.quarry.example/data/v3/corpus.tar.gz", [
        "--2024-05-02 10:12:01--  https://files.quarry.example/data/v3/corpus.tar.gz",
        "Resolving files.quarry.example (files.quarry.example)... 0.0.0.0",
        "Connecting to files.quarry.example (files.quarry.example)|0.0.0.0|:443... failed: Connection refused."])),
    # --- a refusal from a real address, or the job's own server: as before ---
    ("guard_gradle_host_real_address_refused", "transient", _plain("./gradlew assemble", [
        "* What went wrong:",
        "Could not resolve all files for configuration ':app:debugRuntimeClasspath'.",
        "   > Could not resolve com.quarry:wren:1.2.0.",
        "      > Could not get resource 'https://repo.quarry.example/maven/com/quarry/wren/1.2.0/wren-1.2.0.pom'.",
        "         > Could not HEAD 'https://repo.quarry.example/maven/com/quarry/wren/1.2.0/wren-1.2.0.pom'.",
        "            > Connect to repo.quarry.example:443 [repo.quarry.example/203.0.113.17] failed: Connection refused"])),
    ("guard_go_own_server_on_unspecified", "not_real", _plain("go test ./e2e/...", [
        '    health_test.go:41: Get "http://0.0.0.0:8080/healthz": dial tcp 0.0.0.0:8080: connect: connection refused',
        "--- FAIL: TestHealth (5.01s)",
        "FAIL\tquarry.example/larch/e2e\t5.214s"])),
    # --- a build's own version floor: real (was unknown) ---
    ("plain_elixir_make_otp_floor", "real", _plain("make compile", [
        "At least Erlang/OTP 26.0 is required to build Elixir",
        "make: *** [Makefile:95: erlang] Error 1"])),
    ("kept_autoconf_version_floor", "real", _plain("./configure --with-ssl", [
        "checking for OpenSSL... yes",
        "configure: error: OpenSSL found in /usr, but version 3.0.2 or higher is required"])),
    # --- opam's build command of a package failed: real (was unknown) ---
    ("kept_opam_compilation_failed_at", "real", _plain("opam install . --deps-only --with-test", [
        "<><> Processing actions <><><><><><><><><><><><><><><><><><><><><><><><><><><><>",
        "-> retrieved larch-util.0.4.1  (https://opam.ocaml.org/cache)",
        '[ERROR] The compilation of larch-util.0.4.1 failed at "dune build -p larch-util -j 3 @install".',
        "",
        "#=== ERROR while compiling larch-util.0.4.1 ====================================#",
        "# context     2.1.5 | linux/x86_64 | ocaml-base-compiler.5.2.0 | https://opam.ocaml.org#0a1b2c3d",
        "# exit-code   1"])),
    ("guard_opam_build_killed_not_real", "not_real", _plain("opam install . --deps-only", [
        '[ERROR] The compilation of larch.0.3.0 failed at "dune build -p larch -j 2".',
        "### output ###",
        "# Killed",
        "# exit-code 137"])),
    ("guard_opam_sandbox_refused_not_real", "not_real", _plain("opam install . --deps-only", [
        '[ERROR] The compilation of larch.0.3.0 failed at "/home/ci/.opam/opam-init/hooks/sandbox.sh build dune build".',
        "#=== ERROR while compiling larch.0.3.0 ====================================#",
        "### output ###",
        "# bwrap: setting up uid map: Permission denied"])),
    # --- a search engine's bootstrap check against the machine's limits: real (was unknown) ---
    ("plain_es_bootstrap_checks_failed", "real", _plain("docker compose up --exit-code-from tests", [
        "es01   | ERROR: [1] bootstrap checks failed",
        "es01   | [1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]",
        "es01 exited with code 78"])),
    ("kept_opensearch_check_failure_n_of_m", "real", _plain("bin/opensearch", [
        "bootstrap check failure [1] of [1]: max file descriptors [4096] for opensearch process is too low, increase to "
        "at least [65535]"])),
    # --- a downloader's refusal with its status: real (was unknown) ---
    ("plain_maven_wget_goal_403", "real", _plain("mvn -B install", [
        "[ERROR] Failed to execute goal com.googlecode.maven-download-plugin:download-maven-plugin:1.9.0:wget "
        "(fetch-lz4) on project larch-native: Download failed with code 403: Forbidden -> [Help 1]"])),
]

# Lines that name no version floor or no refusal the readings are for.
NOT_READ: list[tuple[str, str, str]] = [
    ("guard_warning_line_floor", "toolchain-version",
     _plain("make docs", ["WARNING: at least Python 3.11 is required for the docs theme; skipping", "make: *** [docs] Error 2"])),
    ("guard_at_least_one_required", "toolchain-version",
     _plain("bin/check", ["error: at least one target is required"])),
    ("guard_download_503_not_auth", "auth-failure",
     _plain("mvn -B install", ["[ERROR] Failed to execute goal com.googlecode.maven-download-plugin:download-maven-plugin:1.9.0:wget "
                               "(fetch-lz4) on project larch-native: Download failed with code 503: Service Unavailable -> [Help 1]"])),
    ("guard_es_warn_level_check", "app-server-start-refused",
     _plain("pytest tests/search", [
         "[2024-05-02T10:12:01,000][WARN ][o.e.b.BootstrapChecks    ] [es01] max virtual memory areas vm.max_map_count "
         "[65530] is too low, increase to at least [262144]",
         "FAILED tests/search/test_query.py::test_rank - AssertionError: assert 3 == 4"])),
    ("guard_localhost_unspecified_not_blocked", "host-blocked-by-resolver",
     _plain("npm test", ["FetchError: request to http://localhost:4000/api failed, reason: connect ECONNREFUSED 0.0.0.0:4000"])),
]

def test_case_ids_are_unique():
    assert_unique_ids(CASES)
    assert_unique_ids(NOT_READ)


@pytest.mark.parametrize(("expected", "log"), [pytest.param(e, log, id=cid) for cid, e, log in CASES])
def test_real36(expected, log):
    assert_reads(log, expected)


@pytest.mark.parametrize(("signature", "log"), [pytest.param(s, log, id=cid) for cid, s, log in NOT_READ])
def test_real36_not_read(signature, log):
    assert signature not in signatures(judge(log))


def test_cuda_wheels_reading_is_named_and_disk_full_stands_aside():
    for log in (_PIP_CUDA_INSTALL, _UV_CUDA_INSTALL):
        sigs = signatures(judge(log))
        assert "disk-filled-by-the-jobs-cuda-wheels" in sigs and "disk-full" not in sigs, sigs


def test_blocked_host_reading_is_named_and_refusal_stands_aside():
    sigs = signatures(judge(CASES[5][2]))
    assert "host-blocked-by-resolver" in sigs, sigs
    assert not {"connection-refused", "artifact-fetch-failed"} & sigs, sigs


def test_cuda_window_scan_is_linear_in_start_lines():
    """A log of many CUDA-wheel lines reads the window once per start line, not the whole rest of the log from each: the
    scan below a start line stops at the next start line. (rv36a) Checked by where the fragment's match begins, which no
    timing can tell: with the disk full below the last of 3,000 start lines, the match begins at that last line (a scan
    that went on past the next start would begin 20,000 characters higher); with no disk full the reading is absent."""
    lines = [f"Collecting nvidia-cublas-cu12==12.4.{i} (from torch)" for i in range(3000)]
    sigs = signatures(judge(_plain("pip install torch", [*lines, "ERROR: No matching distribution found for wren"])))
    assert "disk-filled-by-the-jobs-cuda-wheels" not in sigs
    fragment = re.compile(builtin_catalogue().fragments["job_cuda_wheels_then_disk_full"][0], re.M | re.I)
    log = "\n".join([*lines, "  Downloading nvidia_cublas_cu12-12.4.5.8-py3-none-manylinux2014_x86_64.whl (363.4 MB)",
                     "ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device"]) + "\n"
    m = fragment.search(log)
    assert m is not None and m.start() == log.index("  Downloading nvidia_cublas_cu12"), m and log[m.start():m.start() + 80]
    # (the other side: the same span without its stop at the next start line begins 20,000 characters above the end,
    # hundreds of start lines higher)
    untempered = re.compile(fragment.pattern.replace(fragment.pattern[fragment.pattern.index("(?:(?!\\n"):
                                                                     fragment.pattern.index("[\\s\\S]){0,20000}?")],
                                                     "(?:"), re.M | re.I)
    assert untempered.search(log).start() < m.start() - 15000
