"""Twenty-first round, exit_meanings: a failing step's last command and what its documented exit status says.

What is read (triage_agent/classify/structure.py):
  * the failing command of a CircleCI step: its run step prints the shell's shebang ("#!/bin/bash -eo pipefail"),
    then the step's script line for line, then the output, then "Exited with code exit status N" (CircleCI's
    configuration reference and support articles, recalled; tests/unit/test_tool_sources_circleci.py quotes the
    same layout). structure.read now takes the script's first command from it, as it takes GitHub's "Run x", GitLab's
    and Travis's "$ x", Jenkins' "+ x" (all kept); the daemon's own "=== step 'name' failed with exit code N ==="
    header opens the same layout;
  * structure.failed_step: the step an exit line closes (CircleCI's, GitHub's "Process completed with exit code N.",
    GitLab's "ERROR: Job failed: exit code N", Jenkins' "ERROR: script returned exit code N", Travis's 'The command
    "X" exited with N.', Azure's "Bash exited with code 'N'.", the daemon's CircleCI header), its script and last
    command, where nothing but quiet CI lines and the tool's own report stand after that command;
  * structure.exit_meaning: what that command's status says where the tool documents it as a network failure,
    weighed by signatures.toml "curl-network-exit-status" (moved here from rules.py's own curl reading) and
    "tool-network-exit-status" (new).

The evidence (the table in structure.py _TOOL_EXIT_MEANING cites each source and thread):
  * curl: curl/curl docs/libcurl/libcurl-errors.md (read): 6, 7, 28, 35, 52, 55, 56, 92;
  * GNU Wget: mirror/wget doc/wget.texi "Exit Status" and src/exits.c (read): 4 "Network failure" (resolve,
    connect, TLS handshake, read errors, tries spent); 8 "Server issued an error response" is any 4xx/5xx and is
    not read. Threads: jupyterhub/zero-to-jupyterhub-k8s#1927 (4, intermittent); rui314/setup-mold#6 and
    saworbit/hammerforge#732 (8, passed on a rerun) against GenPi64/Build.Dist#164 (8, a 404 every run);
  * rsync: RsyncProject/rsync rsync.1.md "EXIT VALUES", log.c, io.c (read): 30 "Timeout in data send/receive"
    (not under --stop-at/--stop-after/--time-limit), 35 "Timeout waiting for daemon connection". Threads on 30/35:
    tuna/opentuna#51, sjtug/mirror-requests#6 (hiccups), archzfs/archzfs#356, laurent22/rsync-time-backup#64 (a
    broken path, a local mount): 2 of 4. 10 (socket I/O: a daemon refusing) was a daemon gone or off in 6 of 7
    threads and 12 (protocol stream) persistent or unknown in 5 of 7: neither is read;
  * ssh/scp 255 is any ssh error (ssh(1), recalled): a refused key or host key as often as a connection
    (easingthemes/ssh-deploy#14 a key the server refused; 1 of 3 threads a connection): not read. git's 128 (every
    fatal error), gh's 1/2/4 and aria2c's 6/19 (aria2/aria2#959: 6 is never set; its 19 threads a local resolver
    setting) are not read either.

The rules the cases hold:
  * transient (and missed by the engine before: no reading of wget's or rsync's status, of Travis's, Azure's or
    the daemon header's exit line): a silent wget exiting 4, an rsync exiting 30 or 35 with only its own report, a
    silent curl closing a Travis, Azure or daemon-header step with one of its network statuses, each the step's
    last command alone, to one public dotted host;
  * near misses, not read by the exit meanings (and not surely transient where nothing else speaks): wget's 8, a
    404 wget printed, wget to a loopback or private host or a host in a variable, wget not silent (its own words
    then say why), wget followed by a later command or piped, rsync's 10 and 12, rsync's 30 under --stop-after,
    rsync whose own line names a refused login, ssh's and scp's 255, git's 128, aria2c's 6;
  * CircleCI's step script names the failing command for structure's other readings (a linter's step reads as
    the linter's), but not where CircleCI says it stopped the step itself (out of memory).

Each case is a short log written for this test around the tool's exit; hosts, paths and values are made up; no
project's CI log is copied.
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

from triage_agent.classify import structure

_CURL = "curl-network-exit-status"
_TOOL = "tool-network-exit-status"
_WGET = "wget -q -O /tmp/tools/protoc.zip https://dl.example-releases.io/protoc/27.1/protoc-27.1-linux-x86_64.zip"
_RSYNC = "rsync -az --timeout=60 ./site/ deploy@www.example-docs.org:/srv/www/docs/"
_RSYNC_TIMEOUT = ("[sender] io timeout after 60 seconds -- exiting\n"
                  "rsync error: timeout in data send/receive (code 30) at io.c(201) [sender=3.2.7]\n")


def _circle(script: str, code: int, output: str = "") -> str:
    return "#!/bin/bash -eo pipefail\nmkdir -p /tmp/tools\n" + script + "\n" + output + f"\nExited with code exit status {code}\n"


def _gha(script: str, code: int, output: str = "") -> str:
    first = script.split("\n", 1)[0]
    return (f"##[group]Run {first}\n{script}\nshell: /usr/bin/bash -e {{0}}\n##[endgroup]\n{output}"
            f"##[error]Process completed with exit code {code}.\n")


def _gitlab(command: str, code: int, output: str = "") -> str:
    return ("Executing \"step_script\" stage of the job script\n$ mkdir -p /tmp/tools\n"
            f"$ {command}\n{output}Cleaning up project directory and file based variables\n"
            f"ERROR: Job failed: exit code {code}\n")


def _jenkins(command: str, code: int) -> str:
    return (f"[Pipeline] sh\n+ {command}\n[Pipeline] }}\n[Pipeline] // stage\n"
            f"ERROR: script returned exit code {code}\nFinished: FAILURE\n")


def _travis(command: str, code: int) -> str:
    return f"$ mkdir -p /tmp/tools\n$ {command}\n\nThe command \"{command}\" exited with {code}.\n\nDone. Your build exited with 1.\n"


def _azure(command: str, code: int) -> str:
    return ("##[section]Starting: Fetch tools\nScript contents:\n" + command + "\n"
            "========================== Starting Command Output ===========================\n"
            "/usr/bin/bash --noprofile --norc /home/vsts/work/_temp/5b2e.sh\n"
            f"##[error]Bash exited with code '{code}'.\n##[section]Finishing: Fetch tools\n")


def _header(name: str, script: str, code: int, output: str = "") -> str:
    return f"=== step '{name}' failed with exit code {code} ===\n#!/bin/bash -eo pipefail\n{script}\n{output}"


CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ wget 4 (network failure), silent
    ("wget-circle-4", "transient", _circle(_WGET, 4)),
    ("wget-gha-4-last-of-three", "transient",
     _gha("set -euo pipefail\nmkdir -p /tmp/tools\n" + _WGET, 4)),
    ("wget-gitlab-4-quiet-long-flag", "transient",
     _gitlab("wget --quiet --tries=2 https://downloads.example-mirror.net/sdk/sdk-4.2.tar.gz", 4)),
    ("wget-jenkins-4", "transient", _jenkins(_WGET, 4)),
    ("wget-travis-4", "transient", _travis(_WGET, 4)),
    ("wget-azure-4", "transient", _azure(_WGET, 4)),
    ("wget-circle-4-continued", "transient",
     _circle("wget -q \\\n  -O /tmp/tools/kind \\\n  https://kind.example-sigs.io/dl/v0.23.0/kind-linux-amd64", 4)),
    ("wget-daemon-header-4", "transient", _header("Install protoc", _WGET, 4)),
    # ------------------------------------------------------------------ rsync 30 / 35 with only its own report
    ("rsync-circle-30", "transient", _circle(_RSYNC, 30, _RSYNC_TIMEOUT)),
    ("rsync-gha-35-daemon", "transient",
     _gha("rsync -rlt --contimeout=30 rsync://rsync.example-mirror.net/pub/fixtures/ fixtures/", 35,
          "rsync error: timeout waiting for daemon connection (code 35) at socket.c(278) [Receiver=3.2.7]\n")),
    ("rsync-gitlab-30-module", "transient",
     _gitlab("rsync -a --timeout=120 mirror.example-data.org::datasets/small/ data/", 30,
             "[receiver] io timeout after 120 seconds -- exiting\n"
             "rsync error: timeout in data send/receive (code 30) at io.c(201) [receiver=3.2.7]\n")),
    # ------------------------------------------------------------------ curl on the CI systems it now reads too
    ("curl-travis-28", "transient",
     _travis("curl -fsS -o /tmp/tools/sdk.zip https://dl.example-sdk.com/sdk/4.2/sdk.zip", 28)),
    ("curl-azure-6-silent", "transient",
     _azure("curl -fs -o schema.json https://schemas.example-public.org/v2/schema.json", 6)),
    ("curl-daemon-header-56", "transient",
     _header("Download fixtures", "curl -sf -o /tmp/f.tgz https://files.example-cdn.net/fixtures/v3.tgz", 56)),
]

# Read by no exit meaning: the exit-status entries are not among the findings.
NOT_READ: list[tuple[str, str]] = [
    # wget 8: any error answer (a 404 as often as a 503)
    ("wget-circle-8-silent", _circle(_WGET, 8)),
    # wget not silent: it printed why (a 404); its own words are read, not its status
    ("wget-gha-8-404-printed", _gha("wget -O /tmp/x.tgz https://dl.example-releases.io/x/1.2.3/x.tgz", 8,
                                    "--2026-05-04 10:00:01--  https://dl.example-releases.io/x/1.2.3/x.tgz\n"
                                    "HTTP request sent, awaiting response... 404 Not Found\n"
                                    "2026-05-04 10:00:01 ERROR 404: Not Found.\n\n")),
    ("wget-gha-4-not-silent-resolve", _gha("wget -O /tmp/x.tgz https://dl.example-releases.io/x.tgz", 4,
                                           "--2026-05-04 10:00:01--  https://dl.example-releases.io/x.tgz\n"
                                           "Resolving dl.example-releases.io (dl.example-releases.io)... failed: "
                                           "Temporary failure in name resolution.\n"
                                           "wget: unable to resolve host address 'dl.example-releases.io'\n")),
    ("wget-circle-4-localhost", _circle("wget -q -O /dev/null http://localhost:8080/", 4)),
    ("wget-circle-4-private", _circle("wget -q -O /dev/null http://10.1.2.3:8080/artifacts/app.jar", 4)),
    ("wget-circle-4-host-in-variable", _circle("wget -q -O /tmp/x.tgz \"https://${ASSET_HOST}/x.tgz\"", 4)),
    ("wget-circle-4-later-command", _circle(_WGET + "\nunzip -q /tmp/tools/protoc.zip -d /tmp/tools", 4)),
    ("wget-circle-4-piped", _circle("wget -qO- https://dl.example-releases.io/x.tar.gz | tar -xz -C /tmp/tools", 4)),
    ("wget-circle-4-health-path", _circle("wget -q -O /dev/null https://pr-12.preview.example-app.dev/healthz", 4)),
    # a step that printed something else after wget (its last command is then not known from the log)
    ("wget-circle-4-other-output", _circle(_WGET, 4, "checksum mismatch for protoc.zip\n")),
    # rsync: 10 (a daemon refusing), 12 (protocol stream), 30 under a stop asked for, a refusal in its own line
    ("rsync-circle-10-refused", _circle("rsync -a rsync://rsync.example-mirror.net/pub/fixtures/ fixtures/", 10,
                                        "rsync: failed to connect to rsync.example-mirror.net (203.0.113.7): "
                                        "Connection refused (111)\n"
                                        "rsync error: error in socket IO (code 10) at clientserver.c(139) [Receiver=3.2.7]\n")),
    ("rsync-gha-12-stream", _gha(_RSYNC, 12,
                                 "rsync: connection unexpectedly closed (0 bytes received so far) [sender]\n"
                                 "rsync error: error in rsync protocol data stream (code 12) at io.c(232) [sender=3.2.7]\n")),
    ("rsync-circle-30-stop-after", _circle("rsync -a --stop-after=5 ./big/ deploy@www.example-docs.org:/srv/big/", 30,
                                           "stopping at requested limit\n"
                                           "rsync error: timeout in data send/receive (code 30) at io.c(802) [sender=3.2.7]\n")),
    ("rsync-circle-30-private", _circle("rsync -az --timeout=60 ./site/ deploy@192.168.10.4:/srv/www/", 30, _RSYNC_TIMEOUT)),
    ("rsync-circle-30-refusal-in-own-line", _circle(_RSYNC, 30,
                                                    "rsync: [sender] write error: Permission denied (13)\n"
                                                    "rsync error: timeout in data send/receive (code 30) at io.c(201) [sender=3.2.7]\n")),
    # ssh/scp 255: any ssh error, a refused key as often as a connection
    ("ssh-circle-255", _circle("ssh -o BatchMode=yes deploy@www.example-docs.org 'sudo systemctl restart docs'", 255)),
    ("scp-gha-255", _gha("scp -q ./dist/app.tgz deploy@www.example-docs.org:/srv/releases/", 255)),
    # git's 128 and aria2c's 6 are not documented network statuses
    ("git-circle-128", _circle("git clone -q https://git.example-forge.org/acme/fixtures.git /tmp/fixtures", 128)),
    ("aria2c-circle-6", _circle("aria2c -q -d /tmp/tools https://dl.example-releases.io/x.tgz", 6)),
    # curl: another tool's own line between the curl and the exit line
    ("curl-circle-7-rsync-line", _circle("curl -fsS -o /tmp/x https://dl.example-releases.io/x", 7,
                                         "rsync error: timeout in data send/receive (code 30) at io.c(201)\n")),
]

# Of those, the ones nothing else reads transient either (no rerun proposed with confidence). Left out: the ones whose
# printed words other entries read as they did before (wget's "Temporary failure in name resolution", rsync's
# "Connection refused" and "connection unexpectedly closed", rsync's "io timeout after 60 seconds" to a private host,
# which the catalogue's timeout reading takes whatever the host).
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    (cid, log) for cid, log in NOT_READ
    if cid not in ("wget-gha-4-not-silent-resolve", "rsync-circle-10-refused", "rsync-gha-12-stream",
                   "rsync-circle-30-private")
]

# Words benchmarks/pattern_speed.py repeats on a long line for this file's entries.
LONG_LINE_WORDS = ["Exited with code exit status 4", "Process completed with exit code 30.",
                   "ERROR: Job failed: exit code 35", "ERROR: script returned exit code 4",
                   'The command "wget -q https://a.example.org/x" exited with 4.', "Bash exited with code '4'.",
                   "=== step 'Fetch' failed with exit code 4 ===", "=== step '", 'The command "']

assert_unique_ids(CASES, NOT_READ)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_exit_meanings_read(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize(("cid", "log"), [(cid, log) for cid, _, log in CASES], ids=[cid for cid, _, _ in CASES])
def test_exit_meanings_read_through_their_entry(cid: str, log: str) -> None:
    found = signatures(judge(log))
    assert (_CURL if cid.startswith("curl-") else _TOOL) in found, found


@pytest.mark.parametrize("log", logs(NOT_READ))
def test_exit_meanings_near_misses_not_read(log: str) -> None:
    found = signatures(judge(log))
    assert _CURL not in found and _TOOL not in found, found


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_exit_meanings_near_misses_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


# ------------------------------------------------------------------ structure's own readings
def _exit_index(log: str) -> tuple[list[str], int]:
    lines = log.split("\n")
    return lines, next(i for i in range(len(lines) - 1, -1, -1)
                       if "exit" in lines[i].lower() and "Done. Your build" not in lines[i])


def test_failed_step_reads_circleci_script_and_last_command() -> None:
    lines, idx = _exit_index(_circle("# fetch the compiler\n" + _WGET, 4))
    step = structure.failed_step(lines, idx)
    assert step is not None and step.exit_code == 4
    assert step.script == ("mkdir -p /tmp/tools", _WGET)


def test_failed_step_keeps_the_tools_own_lines() -> None:
    lines, idx = _exit_index(_circle(_RSYNC, 30, _RSYNC_TIMEOUT))
    step = structure.failed_step(lines, idx)
    assert step is not None and step.script[-1] == _RSYNC and len(step.own) == 2


@pytest.mark.parametrize("log", [_gha(_WGET, 4), _gitlab(_WGET, 4), _jenkins(_WGET, 4), _travis(_WGET, 4),
                                 _azure(_WGET, 4)], ids=["github", "gitlab", "jenkins", "travis", "azure"])
def test_exit_meaning_on_every_ci_system(log: str) -> None:
    lines, idx = _exit_index(log)
    meaning = structure.exit_meaning(lines, idx)
    assert meaning is not None and (meaning.tool, meaning.code, meaning.category) == ("wget", 4, "network")


def test_exit_meaning_none_where_the_step_printed_more() -> None:
    lines, idx = _exit_index(_circle(_WGET, 4, "checksum mismatch for protoc.zip\n"))
    assert structure.failed_step(lines, idx) is not None  # (its "last command" is the output line)
    assert structure.exit_meaning(lines, idx) is None


@pytest.mark.parametrize(("log", "command", "tool"), [
    # CircleCI's step script: its first command, as GitHub's "Run x" (the comment passed over)
    ("#!/bin/bash -eo pipefail\n# lint the sources\nnpx eslint src --max-warnings 0\n\nExited with code exit status 1\n",
     "npx eslint src --max-warnings 0", "eslint"),
    ("#!/bin/sh -eo pipefail\nblack --check .\n\nExited with code exit status 1\n", "black --check .", "black"),
    # the daemon's header names a step that names no tool: the script under it does
    ("=== step 'Check types' failed with exit code 2 ===\n#!/bin/bash -eo pipefail\nmypy src\n", "mypy src", "mypy"),
    # an echo in the step's output is nearer the end than the shebang: it stays the command (as before)
    ("#!/bin/bash -eo pipefail\nnpm run lint\n\n> app@1.0.0 lint\n> eslint .\n\nExited with code exit status 1\n",
     "eslint .", "eslint"),
], ids=["circle-comment-then-eslint", "circle-sh-black", "daemon-header-mypy", "circle-npm-echo-nearer"])
def test_read_takes_circleci_step_script(log: str, command: str, tool: str) -> None:
    read = structure.read(log)
    assert (read.command, read.tool) == (command, tool)


def test_read_circleci_linter_reads_real() -> None:
    log = ("#!/bin/bash -eo pipefail\nnpx eslint src --max-warnings 0\n"
           "Oops! Something went wrong! :(\n\nExited with code exit status 2\n")
    assert "structure-lint" in signatures(judge(log))


def test_read_circleci_step_stopped_for_memory_names_no_tool() -> None:
    log = ("#!/bin/bash -eo pipefail\nnpx eslint src\n\nExited with code exit status 137\n"
           "The build was killed because it ran out of memory. Consider using a larger resource class.\n")
    assert not [f for f in structure.read(log).findings if f.tool]


@pytest.mark.parametrize(("log", "command"), [
    (_gha("npm test", 1), "npm test"),
    (_gitlab("pytest -q", 1), "pytest -q"),
    (_jenkins("make check", 2), "make check"),
    ('$ bundle exec rake\n\nThe command "bundle exec rake" exited with 1.\n', "bundle exec rake"),
], ids=["github", "gitlab", "jenkins", "travis"])
def test_read_other_ci_systems_unchanged(log: str, command: str) -> None:
    assert structure.read(log).command == command
