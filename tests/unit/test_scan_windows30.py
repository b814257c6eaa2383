"""Five patterns of this round that look for a start line and, up to N characters below it, an end (the job's own
huge load above a kill, its own huge file above a full disk, a step's failed status above an agent's "stopped
responding" or above Jenkins' deleted agent, a grant above a refusal) stop their forward scan at the next place that starts another such match; the
first wordings scanned up to 12,000-100,000 characters from every start, so a 1 MB log of start lines and no end took
seconds to minutes in that one pattern (a 1 MB log of "loading 9 GB" lines: 47 s; benchmarks/log_pattern_speed.py
--quick flagged them). A match that crossed a later start is found from that later start (or, where the later start
line holds the end itself, the scan does not stop there), so the patterns find the same logs: checked here against the
first wordings, kept only in this test as the oracle, on generated logs. (review30_c then kept a size the line calls
free, available or left from starting the own-file match; these logs hold no such size, and test_review30_c reads it.)
(speed30) the same for pipenv_lock_later_succeeded, pipenv_resolver_network's first and ci-agent-more's unless_log
(200 to 400 lines from every start: log_pattern_speed.py --quick flagged them); ci-agent-stopped-job-token-revoked's is a
pattern the engine walks, each start line a match of its own, so its scan cannot stop at the next start without losing
the earlier start lines' matches: only lines holding "access token" are tried as its end, and its matches are checked
to be the same ones, line by line; (perf31) since then went_on.py's index reads that look, test_perf31.)"""
from __future__ import annotations

import random
import re

import pytest

from triage_agent.classify.catalogue import builtin_catalogue

# the first wordings (review30_a: the two fragments; review30_b: the three entries' unless_log), the oracle
_OLD = {
    ("fragment", "job_huge_load_then_killed"): r'''(?m)^[^\n]{0,400}?\b(?:load(?:s|ed|ing)?|read(?:s|ing)?|materiali[sz](?:e|es|ed|ing))\b(?:[ \t]+(?!\(?[\d.]{1,12} ?(?:[KMGT]i?B|[KMGT])\b)\S{1,200}){0,4}[ \t]+\(?(?:[89]|[1-9]\d{1,3})(?:\.\d{1,3})? ?(?:GB|GiB|G|gigabytes?)\b[\s\S]{0,12000}?(?:^\s*Killed\s*$|\bexit(?:ed)? (?:with )?(?:code|status) (?:exit status )?137\b|\bsignal: killed\b|\bout of memory\b|\bMemoryError\b|\boom[-_ ]?kill)''',
    ("fragment", "job_huge_file_then_disk_full"): r'''(?m)^(?=[^\n]{0,400}?\b(?:writ(?:e|es|ing|ten)|creat(?:e|es|ing)|generat(?:e|es|ing)|fallocate|truncate|fill(?:s|ing)?|dd)\b)[^\n]{0,400}?(?:\b(?:[5-9]|[1-9]\d{1,3})(?:\.\d{1,3})? ?(?:GB|GiB|G|gigabytes?)\b|\b\d{10,14}[- ]?bytes?\b)[\s\S]{0,12000}?(?:no space left on device|\bENOSPC\b|\bStorageFull\b|not enough (?:free )?(?:disk )?space|there is not enough space on the disk)''',
    ("unless_log", "agent-unresponsive"): r'''(?im)^[^\n]{0,200}?(?:\bProcess exited with code (?!137\b|143\b)[1-9]\d{0,2}\b|\bTask status: failed\b|^script returned exit code (?!137\b|143\b)[1-9]\d{0,2}\b|\bProcess completed with exit code (?!137\b|143\b)[1-9]\d{0,2}\b|^(?:##\[error\])?\w{1,40} exited with code '(?!137'|143')[1-9]\d{0,2}'\.)[^\n]*\n[\s\S]{0,20000}?(?:\bstopped responding\b|\blost (?:contact|communication) with the (?:go )?server\b)''',
    ("unless_log", "ci-pod-or-agent-removed"): r'''(?m)^script returned exit code (?!137\b|143\b)[1-9]\d{0,2}\s*$[\s\S]{0,20000}?^(?:ERROR: )?Agent \S[^\n]{0,200}? was deleted; cancelling node body\s*$''',
    ("unless_log", "access-denied"): r'''(?:\baz role assignment create\b|^\s*(?:azurerm_role_assignment|azurerm_key_vault_access_policy|aws_iam_(?:role_policy|role_policy_attachment|policy|policy_attachment|user_policy|user_policy_attachment)|aws_s3_bucket_policy|google_\w{0,60}_iam_(?:member|binding|policy))\.[\w.\[\]"-]{1,200}: (?:Creation|Modifications) complete\b|\baws iam (?:put|attach)-(?:role|user|group)-policy\b|\bgcloud (?:\S+ ){0,4}add-iam-policy-binding\b)[\s\S]{0,100000}?(?:\bAuthorization(?:PermissionMismatch|Failure)\b|\bAccessDenied\b|\bnot authorized to perform\b|\bUnauthorizedOperation\b|\bis forbidden: User\b|\b(?:insufficient|missing) (?:authentication )?(?:permissions?|scopes?)\b|\bpermission '[^'\n]+' denied\b)''',
    # (speed30) the two fragments pipenv-lock-conflict and pipenv-resolution-failed read, ci-agent-more's unless_log
    # ((perf31) and ci-agent-stopped-job-token-revoked's pattern until went_on.py's index took its look below the stop
    # line: test_perf31 keeps its first wording and speed30's as the oracle, with these pieces)
    ("fragment", "pipenv_lock_later_succeeded"): r'''^[^\n]{0,400}\bpipenv\b[^\n]{0,400}\|\|[^\n]{0,400}\bpipenv\b[^\n]{0,400}\n(?:[^\n]{0,4000}\n){0,400}?[^\n]{0,400}?(?:\byour dependencies could not be resolved\b|\bcould not find a version that matches\b|\bincompatible versions in the resolved dependencies\b)[^\n]{0,2000}\n(?:[^\n]{0,4000}\n){0,60}?[^\n]{0,200}?\bUpdated Pipfile\.lock \([0-9a-f]{4,64}\)!''',
    ("fragment", "pipenv_resolver_network"): r'''(?:\bMax retries exceeded\b|\bNewConnectionError\b|\bConnectTimeout(?:Error)?\b|\bReadTimeout(?:Error)?\b|\bRead timed out\b|\bProxyError\b|\bTemporary failure in name resolution\b|\bName or service not known\b|\bNetwork is unreachable\b|\bConnection (?:refused|reset|aborted)\b|\bRetrying \(Retry\(|\b(?:502|503|504) (?:Bad Gateway|Service Unavailable|Gateway Time-?out)\b|\b50[234] Server Error\b|\bHTTP error 50[234]\b|\btoo many 5\d\d error responses\b)[^\n]{0,2000}\n(?:[^\n]{0,4000}\n){0,200}?[^\n]{0,400}?(?:\byour dependencies could not be resolved\b|\bcould not find a version that matches\b)(?![^\n]{0,2000}\n(?:[^\n]{0,4000}\n){0,12}?[^\n]{0,40}?\bTried: \d)''',
    ("unless_log", "ci-agent-more"): r'''(?:\btests run: \d+, failures: [1-9]|^\[error\] failed tests:|\b\d+ tests completed, [1-9]\d* failed\b|^=+ (?:[^\n]{0,200}, )?[1-9]\d* failed\b|^tests:\s+[1-9]\d* failed\b|^\s*[1-9]\d* failing\s*$|^--- fail: |^\d+ examples?, [1-9]\d* failures?)[^\n]*\n(?:[^\n]*\n){0,400}?[^\n]*\b(?:build )?agent \S+ (?:(?:was |has been )?(?:disconnected|unregistered|lost)|went offline)\b''',
}

_PIECES = {
    "job_huge_load_then_killed": [
        "loading 9 GB of shards", "Loaded 12 GB", "reading 3 GB", "read all 8.5 GiB rows", "materialized 10 GB frame",
        "Killed", "exit code 137", "out of memory", "MemoryError", "signal: killed", "oom-kill", "  Killed  ",
        "out of memory while loading 9 GB", "loading 9 GB then Killed", "Loaded 9 GB; MemoryError", "z" * 2500 + " Killed"],
    "job_huge_file_then_disk_full": [
        "writing 6 GB file", "dd if=/dev/zero of=big bs=1M count=6000 6 GB", "generate 7GB", "created 5368709120 bytes",
        "creating 5 GB image", "writing 2 GB", "no space left on device", "ENOSPC", "StorageFull",
        "ENOSPC writing 6 GB file", "writing 6 GB file: no space left on device"],
    "agent-unresponsive": [
        "Process exited with code 1", "##[error]Process completed with exit code 2.", "script returned exit code 3",
        "Task status: failed", "Bash exited with code '1'.", "Process exited with code 137", "agent-7 stopped responding",
        "lost contact with the server", "lost communication with the go server",
        "Process exited with code 1; agent stopped responding", "stopped responding; Process exited with code 1"],
    "ci-pod-or-agent-removed": [
        "script returned exit code 1", "script returned exit code 2  ", "script returned exit code 137",
        "Agent build-7 was deleted; cancelling node body", "ERROR: Agent win-2 was deleted; cancelling node body",
        "  Agent x was deleted; cancelling node body"],
    # (speed30) with runs of lines near each window's bound (60, 200, 300, 400 lines)
    "pipenv_lock_later_succeeded": [
        "pipenv lock || pipenv lock --clear", "+ pipenv install --deploy || pipenv lock", "pipenv lock || echo failed",
        "(cd api && pipenv lock) || status=1", "pipenv lock || pipenv lock: could not find a version that matches six",
        "Warning: Your dependencies could not be resolved.", "ERROR: Could not find a version that matches six<2,>=3",
        "There are incompatible versions in the resolved dependencies.", "w" * 450 + " could not find a version that matches a",
        "Updated Pipfile.lock (c41f09)!", "Updated Pipfile.lock (not-hex)!", "Updated Pipfile.lock (abcd)! " + "z" * 2100,
        "could not find a version that matches a; Updated Pipfile.lock (abcd)!", "\n".join(["ok"] * 59),
        "\n".join(["ok"] * 198), "\n".join(["ok"] * 398)],
    "pipenv_resolver_network": [
        "Retrying (Retry(total=4)) after connection broken by 'NewConnectionError'", "  503 Service Unavailable",
        "requests.exceptions.ConnectionError: Max retries exceeded with url: /simple/six/", "Connection refused " + "z" * 2100,
        "Max retries exceeded; could not find a version that matches six>=2", "Warning: Your dependencies could not be resolved.",
        "Could not find a version that matches six>=2,<3", "w" * 450 + " could not find a version that matches a",
        "Tried: 1.1.4, 2.0.0", "  Tried: 1.0", "v" * 50 + " Tried: 1", "\n".join(["ok"] * 11), "\n".join(["ok"] * 198)],
    "ci-agent-more": [
        "Tests run: 212, Failures: 2, Errors: 0", "[ERROR] Failed tests:", "40 tests completed, 2 failed",
        "=== 10 passed, 3 failed in 2.1s ===", "Tests:       2 failed, 40 passed", "tests:", "  3 failed; agent b-1 went offline",
        "  3 failing", "   ", "--- FAIL: TestX (0.01s)", "12 examples, 1 failure", "agent build-7 disconnected",
        "Agent x went offline", "build agent ci-3 was lost", "agent  x lost", "Tests run: 3, Failures: 1; agent x unregistered",
        "agent y has been disconnected; 3 failing", "\n".join(["ok"] * 198), "\n".join(["ok"] * 398)],
    "access-denied": [
        "az role assignment create --role Reader", "aws_iam_policy.ci: Creation complete after 2s",
        "  aws_s3_bucket_policy.b: Modifications complete", "aws iam put-role-policy --role-name x",
        "gcloud projects add-iam-policy-binding p", "AccessDenied", "User is not authorized to perform: s3:GetObject",
        "AuthorizationPermissionMismatch", "missing permissions", "permission 'x.y' denied",
        "AccessDenied after az role assignment create", "az role assignment create then AccessDenied"],
}
_FILLER = ["ok", "step 2", "", "x" * 300, "y" * 4000]


# (speed30) the words that tell an entry's reworded pattern from its others
_SCAN_WORDS = {"ci-agent-more": "failures: [1-9]"}


def _current(kind: str, name: str) -> re.Pattern[str]:
    catalogue = builtin_catalogue()
    if kind == "fragment":
        return re.compile(catalogue.fragments[name][0], re.M | re.I)
    entry = catalogue.get(name)
    assert entry is not None
    words = _SCAN_WORDS.get(name)
    scans = [p for p in (entry.patterns if kind == "patterns" else entry.unless_log)
             if (words in p.pattern if words else "{0,20000}" in p.pattern or "{0,100000}" in p.pattern)]
    assert len(scans) == 1, name
    return scans[0]


def _walk(pattern: re.Pattern[str], log: str) -> list[tuple[int, int]]:
    """The engine's reading of an entry's line-spanning pattern: a search from the line after each match's start."""
    found: list[tuple[int, int]] = []
    pos = 0
    while (m := pattern.search(log, pos)) is not None:
        found.append(m.span())
        end = log.find("\n", m.start())
        if end < 0:
            break
        pos = end + 1
    return found


@pytest.mark.parametrize(("kind", "name"), sorted(_OLD))
def test_the_pattern_finds_the_logs_its_first_wording_found(kind, name):
    old, new = re.compile(_OLD[kind, name], re.M | re.I), _current(kind, name)
    assert old.pattern != new.pattern  # the scan was reworded
    rng = random.Random(30)
    pieces = _PIECES[name] + _FILLER
    found = 0
    for _ in range(3000):
        log = "\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        expected = old.search(log) is not None
        assert (new.search(log) is not None) == expected, log
        if kind == "patterns":  # (the matches the engine takes, each line's, are the same too)
            assert _walk(new, log) == _walk(old, log), log
        found += expected
    assert 150 < found < 2850  # both outcomes are exercised


@pytest.mark.parametrize(("kind", "name", "start", "end"), [
    ("fragment", "job_huge_load_then_killed", "loading 9 GB of shards", "Killed"),
    ("fragment", "job_huge_file_then_disk_full", "writing 6 GB file", "ENOSPC"),
    ("unless_log", "agent-unresponsive", "Process exited with code 1", "agent-7 stopped responding"),
    ("unless_log", "ci-pod-or-agent-removed", "script returned exit code 1",
     "Agent build-7 was deleted; cancelling node body"),
    ("unless_log", "access-denied", "az role assignment create --role Reader", "AccessDenied"),
    ("fragment", "pipenv_lock_later_succeeded", "pipenv lock || pipenv lock --clear",
     "Could not find a version that matches six<2,>=3\nUpdated Pipfile.lock (c41f09)!"),
    ("fragment", "pipenv_resolver_network", "Max retries exceeded with url: /simple/six/",
     "Could not find a version that matches six<2,>=3"),
    ("unless_log", "ci-agent-more", "Tests run: 212, Failures: 2", "agent build-7 disconnected"),
])
def test_many_starts_find_nothing_without_an_end_and_the_last_start_with_one(kind, name, start, end):
    pattern = _current(kind, name)
    assert pattern.search((start + "\n") * 2000) is None
    assert pattern.search((start + "\n") * 2000 + end + "\n") is not None
