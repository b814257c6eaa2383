"""Failure fingerprints: a normalised signature so the same failure on two days matches."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from .models import FailedTest

# Lines that usually carry the reason of a failure, in rough order of how telling they are.
ERROR_MARKER = re.compile(
    r"(?i)(\berror\b|\bfailed\b|\bfailure\b|\bfatal\b|\bexception\b|\bpanic\b|\btraceback\b|"
    r"\bkilled\b|\btimed? ?out\b|\bexit(?:ed)? (?:code|status)\b|\bnot found\b|\bdenied\b|"
    r"\brefused\b|\bunreachable\b|\bno space left\b|\bassert|\bcannot\b|\bcould not\b|\bunable to\b|"
    r"npm ERR!|\bE\s{2,}|\bFAIL\b|\bERR\b|✗|✘)"
)
# Lines that mention an error but say there is none.
_NOT_AN_ERROR = re.compile(
    r"(?i)(\b0 (errors?|failures?|failed)\b|\berrors?: 0\b|\bfailures?: 0\b|\bwithout errors?\b|"
    r"\bno errors?\b|^\s*warning\b|-Werror|error_reporting|\bif \[|\berror\.log\b)"
)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
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


def strip_ansi(text: str) -> str:
    """Remove terminal colour codes."""
    return _ANSI.sub("", text)


def normalise(line: str) -> str:
    """Reduce a line to its shape: ids, hashes, timestamps, paths, numbers and temp names removed."""
    text = strip_ansi(line).strip().lower()
    text = _UUID.sub("<id>", text)
    text = _TIMESTAMP.sub("<ts>", text)
    text = _IP.sub("<ip>", text)
    text = _PATH.sub("<path>", text)
    text = _HEX.sub("<hex>", text)
    text = _TMPNAME.sub("<tmp>", text)
    text = _NUMBER.sub("<n>", text)
    return _SPACE.sub(" ", text)[:300]


def is_error_line(line: str) -> bool:
    """Whether a log line looks like it reports an error (and does not say there is none)."""
    return bool(ERROR_MARKER.search(line)) and not _NOT_AN_ERROR.search(line)


def key_line(log: str) -> str:
    """The line that best names the failure: the last error-looking line, else the last line."""
    lines = [ln for ln in strip_ansi(log).splitlines() if ln.strip()]
    for line in reversed(lines):
        if is_error_line(line) and not line.lstrip().startswith(("at ", "File \"", "#")):
            return line.strip()
    return lines[-1].strip() if lines else ""


def failure_signal(failed_tests: Sequence[FailedTest], log: str) -> str:
    """The normalised text a fingerprint is made of: the failed tests' names, else the key log line."""
    if failed_tests:
        names = sorted({f"{t.classname}.{t.name}".strip(".") for t in failed_tests})
        shown = names[:20]
        return "tests: " + ", ".join(normalise(n) for n in shown)
    return "log: " + normalise(key_line(log))


def fingerprint(project_slug: str, job_name: str, failed_tests: Sequence[FailedTest], log: str) -> tuple[str, str]:
    """Return (fingerprint, signal): a short stable hash and the normalised text behind it.

    The project and job name are part of it: the same test failing in two projects is two
    problems.
    """
    signal = failure_signal(failed_tests, log)
    job = job_name.strip().lower()
    digest = hashlib.sha256(f"{project_slug}\n{job}\n{signal}".encode()).hexdigest()[:16]
    return digest, signal
