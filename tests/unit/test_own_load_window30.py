"""The two fragments that look for the job's own huge load or file above a kill or a full disk
(job_huge_load_then_killed, job_huge_file_then_disk_full, review30_a) stop their forward scan at the next line that
starts another such match, where the first wording scanned up to 12,000 characters from every such line: a log of many
"loading 9 GB" lines and no kill took 47 s of CPU in that one pattern (benchmarks/log_pattern_speed.py --quick flagged
it). A match that crossed a later start line is found from that later line, so the patterns find the same logs: checked
here against the first wording, kept only in this test as the oracle, on generated logs."""
from __future__ import annotations

import random
import re

import pytest

from triage_agent.classify.catalogue import builtin_catalogue

# the first wording (review30_a), the oracle
_OLD = {
    "job_huge_load_then_killed": r'''(?m)^[^\n]{0,400}?\b(?:load(?:s|ed|ing)?|read(?:s|ing)?|materiali[sz](?:e|es|ed|ing))\b(?:[ \t]+(?!\(?[\d.]{1,12} ?(?:[KMGT]i?B|[KMGT])\b)\S{1,200}){0,4}[ \t]+\(?(?:[89]|[1-9]\d{1,3})(?:\.\d{1,3})? ?(?:GB|GiB|G|gigabytes?)\b[\s\S]{0,12000}?(?:^\s*Killed\s*$|\bexit(?:ed)? (?:with )?(?:code|status) (?:exit status )?137\b|\bsignal: killed\b|\bout of memory\b|\bMemoryError\b|\boom[-_ ]?kill)''',
    "job_huge_file_then_disk_full": r'''(?m)^(?=[^\n]{0,400}?\b(?:writ(?:e|es|ing|ten)|creat(?:e|es|ing)|generat(?:e|es|ing)|fallocate|truncate|fill(?:s|ing)?|dd)\b)[^\n]{0,400}?(?:\b(?:[5-9]|[1-9]\d{1,3})(?:\.\d{1,3})? ?(?:GB|GiB|G|gigabytes?)\b|\b\d{10,14}[- ]?bytes?\b)[\s\S]{0,12000}?(?:no space left on device|\bENOSPC\b|\bStorageFull\b|not enough (?:free )?(?:disk )?space|there is not enough space on the disk)''',
}

_PIECES = [
    "loading 9 GB of shards", "Loaded 12 GB", "reading 3 GB", "read all 8.5 GiB rows", "writing 6 GB file",
    "dd if=/dev/zero of=big bs=1M count=6000 6 GB", "generate 7GB", "Killed", "exit code 137", "out of memory",
    "MemoryError", "no space left on device", "ENOSPC", "ok", "step 2", "", "x" * 300,
    "out of memory while loading 9 GB", "loading 9 GB then Killed", "created 5368709120 bytes", "y" * 4000,
    "z" * 2500 + " Killed", "  Killed  ", "ENOSPC writing 6 GB file", "Loaded 9 GB; MemoryError",
    "materialized 10 GB frame", "creating 5 GB image", "signal: killed", "oom-kill", "StorageFull",
]


def _fragment(name: str) -> str:
    return builtin_catalogue().fragments[name][0]


@pytest.mark.parametrize("name", sorted(_OLD))
def test_the_fragment_finds_the_logs_its_first_wording_found(name):
    old, new = re.compile(_OLD[name], re.I), re.compile(_fragment(name), re.I)
    rng = random.Random(30)
    found = 0
    for _ in range(4000):
        log = "\n".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        expected = old.search(log) is not None
        assert (new.search(log) is not None) == expected, log
        found += expected
    assert 200 < found < 3800  # both outcomes are exercised


@pytest.mark.parametrize(("name", "line"), [("job_huge_load_then_killed", "loading 9 GB of shards"),
                                            ("job_huge_file_then_disk_full", "writing 6 GB file")])
def test_many_start_lines_and_no_end_find_nothing(name, line):
    assert re.compile(_fragment(name), re.I).search((line + "\n") * 2000) is None
    assert re.compile(_fragment(name), re.I).search((line + "\n") * 2000 + "Killed\nENOSPC\n") is not None
