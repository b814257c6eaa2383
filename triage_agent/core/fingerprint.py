"""Failure fingerprints: a normalised signature so the same failure on two days matches."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from .logtext import is_error_line, strip_ansi
from .models import FailedTest

_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)
_HEX = re.compile(r"\b(?:0x)?[0-9a-f]{7,}\b", re.I)
_TIMESTAMP = re.compile(
    r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\b|\b\d{2}:\d{2}:\d{2}(\.\d+)?\b"
)
_IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b")
_PATH = re.compile(r"(?:[A-Za-z]:)?(?:/[\w.@+\-]+){2,}/?")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_TMPNAME = re.compile(r"\b(tmp|temp)[\w\-]*\b", re.I)
_SPACE = re.compile(r"\s+")
# Exit codes and signals name the failure (137 is the OOM killer); keep them.
_EXIT_CODE = re.compile(r"\b(exit(?:ed)?(?: with)?(?: code)?(?: exit)? (?:code|status)|signal) (\d{1,3})\b")


_DIGIT_WORDS = str.maketrans("0123456789", "abcdefghij")


def normalise(line: str) -> str:
    """Reduce a line to its shape: ids, hashes, timestamps, paths, numbers and temp names removed."""
    text = strip_ansi(line).strip().lower()
    text = _UUID.sub("<id>", text)
    text = _TIMESTAMP.sub("<ts>", text)
    text = _IP.sub("<ip>", text)
    text = _PATH.sub("<path>", text)
    text = _HEX.sub("<hex>", text)
    text = _TMPNAME.sub("<tmp>", text)
    # Spelled as letters so the number rule below leaves them alone.
    text = _EXIT_CODE.sub(lambda m: f"{m.group(1)} {m.group(2).translate(_DIGIT_WORDS)}", text)
    text = _NUMBER.sub("<n>", text)
    return _SPACE.sub(" ", text)[:300]


# Trailers every failing step prints whatever went wrong; they name no failure.
_GENERIC = re.compile(
    r"(?i)^(exited with code|exit status \d+|error: process completed with exit code|"
    r"\[\.\.\. .* omitted \.\.\.\]|=== step .*===|.*a complete log of this run|"
    r"make(\[\d+\])?: \*\*\*|error: command failed|command failed with exit code|"
    r"error: script returned exit code|script returned exit code|\s*at |file \"|#|"
    r"\[error\] -> \[help|\[error\] *$|\[error\] (re-run|to see|for more|\[help)|"
    r"npm err! (lifecycle script|code \d+$|code elifecycle|errno \d+|path |command |workspace |location |signal )|"
    r"npm err! *$|error: .*(failed|exited) with exit code \d+$)"
)


def _candidate(line: str) -> bool:
    text = line.strip()
    return bool(text) and is_error_line(text) and not _GENERIC.match(text)


def key_line(log: str) -> str:
    """The line that best names the failure.

    The last block of error lines is where a step failed; its FIRST line is usually the cause
    (the first compiler error, ``npm ERR! code ECONNRESET``), the rest its consequences.
    """
    lines = [ln for ln in strip_ansi(log).splitlines() if ln.strip()]
    last = next((i for i in range(len(lines) - 1, -1, -1) if _candidate(lines[i])), None)
    if last is None:
        fallback = [ln for ln in lines if not _GENERIC.match(ln.strip())]
        return (fallback or lines or [""])[-1].strip()
    first, gap = last, 0
    for i in range(last - 1, max(-1, last - 200), -1):
        if _candidate(lines[i]):
            first, gap = i, 0
        else:
            gap += 1
            if gap > 2:
                break
    return lines[first].strip()


def failure_signal(failed_tests: Sequence[FailedTest], log: str, line: str | None = None) -> str:
    """The normalised text a fingerprint is made of: the failed tests' names, else the line that
    names the failure (``line``, e.g. the classifier's strongest match, else ``key_line``)."""
    if failed_tests:
        names = sorted({f"{t.classname}.{t.name}".strip(".") for t in failed_tests})
        shown = names[:20]
        return "tests: " + ", ".join(normalise(n) for n in shown)
    return "log: " + normalise(line or key_line(log))


def fingerprint(project_slug: str, job_name: str, failed_tests: Sequence[FailedTest], log: str,
                line: str | None = None) -> tuple[str, str]:
    """Return (fingerprint, signal): a short stable hash and the normalised text behind it.

    The project and job name are part of it: the same test failing in two projects is two
    problems.
    """
    signal = failure_signal(failed_tests, log, line)
    job = job_name.strip().lower()
    digest = hashlib.sha256(f"{project_slug}\n{job}\n{signal}".encode()).hexdigest()[:16]
    return digest, signal
