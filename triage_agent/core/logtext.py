"""Log text: the ONE terminal-escape stripper, the ONE error-line detector, the ONE excerpt.

Every reader of a log (evidence collection, fingerprints, the rules engine, the LLM's excerpt,
similar failures, what is printed on a terminal) strips escape sequences with ``strip_ansi``
and asks ``is_error_line`` which lines report an error, so they all see the same lines.
``LogWindow`` builds the stored excerpt of a step's output as it streams in; ``excerpt`` is
the same over lines already in memory.

The sequence pattern is the widest of the ones the code had (the terminal-safety one): CSI,
OSC, DCS/SOS/PM/APC and two-character escapes, terminated or not, and their C1 forms. On the
logs seen so far (colour codes) every earlier pattern removed exactly the same text.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Sequence

from .redact import MASK

# ESC-introduced sequences, removed whole so no parameter bytes are left to read as text:
# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC (ESC P/X/^/_ ... ST, or BEL as
# Buildkite ends its per-line "ESC _bk;t=<ms> BEL" timestamps; an unterminated one ends at its line),
# the two-character escapes, and the 8-bit CSI and OSC.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b\x07\n]*(?:\x1b\\|\x07)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"
)


def strip_ansi(text: str) -> str:
    """``text`` without terminal escape sequences (colour codes, titles, hyperlinks)."""
    if "\x1b" not in text and "\x9b" not in text and "\x9d" not in text:
        return text
    return _ANSI.sub("", text)


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
# Lower-case pieces of which every ERROR_MARKER match contains one ("err" covers error, ERR
# and npm ERR!, "fail" covers failed, failure and FAIL, "time" every timeout), so a line with
# none of them is no error line. Substring tests cost a fraction of the marker's search,
# which logs of millions of lines run once a line.
_ERROR_HINTS = ("err", "fail", "fatal", "exception", "panic", "traceback", "killed", "time", "exit",
                "not found", "denied", "refused", "unreachable", "no space left", "assert", "cannot",
                "could not", "unable to", "✗", "✘")
_E_SPACES = re.compile(r"[Ee]\s\s")  # pytest's "E   " lines
# The characters outside ASCII that ERROR_MARKER's re.IGNORECASE takes for an ASCII letter of a hint and that
# str.lower does not turn into that letter: "İ" (lower-cased to "i" and a combining dot) and "ı" for i, "ſ" for s
# ("FAİLED", "no ſpace left"). A line holding one is searched without the hints. (The Kelvin sign, the fourth such
# character, lower-cases to "k".) tests/unit/test_prechecks27.py proves the hints against ERROR_MARKER's alternatives.
_FOLDS_PAST_LOWER = "\u0130\u0131\u017f"


def is_error_line(line: str) -> bool:
    """Whether a log line looks like it reports an error (and does not say there is none)."""
    low = line.lower()
    if not any(hint in low for hint in _ERROR_HINTS) and not _E_SPACES.search(line) and (
            line.isascii() or not any(ch in line for ch in _FOLDS_PAST_LOWER)):
        return False
    return bool(ERROR_MARKER.search(line)) and not _NOT_AN_ERROR.search(line)



# --------------------------------------------------------------------------- excerpts

MAX_LINE = 500
# Of a longer line, its start and its end are kept: wrapped errors (Go's "Get URL: read tcp ...:
# connection reset by peer", Java's "Caused by" chains on one line) put the cause at the end.
LINE_END = 200
# A long line is redacted on this much more than is kept, so a secret across the cut still
# matches whole (secrets are far shorter) and nothing of it survives the cut.
REDACT_MARGIN = 4096
_CUT = " [...] "


def cut_line(line: str, redact: Callable[[str], str] | None = None) -> str:
    """A line cut to MAX_LINE characters, its start and its last LINE_END kept, each part redacted
    before the cut (never cut, then redacted)."""
    if len(line) <= MAX_LINE:
        return line
    if redact is not None and len(line) <= MAX_LINE + REDACT_MARGIN:
        line = redact(line)
        if len(line) <= MAX_LINE:
            return line
        return line[: MAX_LINE - LINE_END] + _CUT + line[-LINE_END:]
    if redact is None:
        return line[: MAX_LINE - LINE_END] + _CUT + line[-LINE_END:]
    return _redacted_part(line, MAX_LINE - LINE_END, redact) + _CUT + _redacted_part(line, LINE_END, redact, end=True)


def _redacted_part(line: str, keep: int, redact: Callable[[str], str], *, end: bool = False) -> str:
    """The first (or, with ``end``, last) ``keep`` characters of ``line`` once redacted.

    A slice REDACT_MARGIN longer than what is kept is redacted; a secret the slice's far edge cuts
    may stay unmasked there, which is safe only while that edge stays far from what is kept. A
    masked private key or base64 run shrinks the slice by thousands of characters and brings the
    edge close, so the slice is widened until its redacted text still holds the margin."""
    n = keep + REDACT_MARGIN
    while True:
        red = redact(line[-n:] if end else line[:n])
        if n >= len(line) or len(red) >= keep + REDACT_MARGIN:
            return red[-keep:] if end else red[:keep]
        n *= 2


def output_to_lines(messages: Sequence[str], redact: Callable[[str], str] | None = None) -> list[str]:
    """Turn step output messages into display lines: ANSI stripped, progress redraws collapsed."""
    window = LogWindow(redact=redact, keep_all=True)
    window.feed_all(messages)
    return window.all_lines()


class LogWindow:
    """The excerpt of a log built as its output streams in, holding only what it will keep.

    It keeps the first ``head_lines`` lines, the last ``tail_lines``, and the latest
    ``max_error_lines`` lines that look like errors with ``context`` lines around each;
    everything else is counted and dropped. Lines inside a private-key block are masked as
    they arrive (the block spans lines, so no later redaction of a window could see it whole),
    and a long line is redacted before it is cut.
    """

    def __init__(self, *, tail_lines: int = 80, head_lines: int = 3, context: tuple[int, int] = (2, 3),
                 max_error_lines: int = 40, redact: Callable[[str], str] | None = None,
                 keep_all: bool = False, on_line: Callable[[str], None] | None = None) -> None:
        self.tail_lines, self.head_lines, self.context = tail_lines, head_lines, context
        self.max_error_lines = max_error_lines
        self._redact = redact
        self._keep_all = keep_all
        self._on_line = on_line  # sees every non-blank line (cut and redacted), keeps what it wants
        self._all: list[str] = []
        self.n = 0
        self._head: list[str] = []
        self._tail: deque[tuple[int, str]] = deque(maxlen=max(tail_lines, 0) or None)
        self._recent: deque[tuple[int, str]] = deque(maxlen=max(context[0], 1))
        self._errors: deque[int] = deque()
        self._kept: dict[int, str] = {}
        self._after_until = -1
        self._partial = ""
        self._in_key = False
        self._blanks = 0  # blank lines not yet added: trailing ones never are

    def feed_all(self, messages: Iterable[str]) -> LogWindow:
        """Feed every message, then finish."""
        for message in messages:
            self.feed(message)
        self.finish()
        return self

    def feed(self, message: str) -> None:
        """Take the next piece of output (lines may span pieces)."""
        if not message:
            return
        text = self._partial + message
        parts = text.split("\n")
        self._partial = parts.pop()
        for raw in parts:
            self._line(raw)

    def finish(self) -> None:
        """Take the last, unterminated line; trailing blank lines are dropped."""
        if self._partial:
            self._line(self._partial)
            self._partial = ""

    def _line(self, raw: str) -> None:
        # A carriage return redraws the line (progress bars): keep what was shown last.
        line = strip_ansi(raw).rstrip("\r").rsplit("\r", 1)[-1]
        if self._in_key or ("-----BEGIN" in line and "PRIVATE KEY-----" in line):
            self._in_key = not ("-----END" in line and "PRIVATE KEY-----" in line)
            line = MASK
        if not line.strip():
            # Counted, not stored: a log of millions of blank lines costs nothing to hold.
            self._blanks += 1
            return
        for _ in range(self._blanks):
            self.add_line("")
        self._blanks = 0
        line = cut_line(line, self._redact)
        if self._on_line is not None:
            self._on_line(line)
        self.add_line(line)

    def add_line(self, line: str) -> None:
        """Take one whole display line."""
        i = self.n
        self.n += 1
        if self._keep_all:
            self._all.append(line)
            return
        if i < self.head_lines:
            self._head.append(line)
        if self.tail_lines > 0:
            self._tail.append((i, line))
        if i <= self._after_until:
            self._kept[i] = line
        if is_error_line(line):
            for j, previous in self._recent:
                if j >= i - self.context[0]:
                    self._kept[j] = previous
            self._kept[i] = line
            self._after_until = max(self._after_until, i + self.context[1])
            self._errors.append(i)
            if len(self._errors) > self.max_error_lines:
                self._forget(self._errors.popleft())
        self._recent.append((i, line))

    def _forget(self, error: int) -> None:
        """Drop the context of an error no longer among the latest, except what others share."""
        before, after = self.context
        for j in range(error - before, error + after + 1):
            if not any(e - before <= j <= e + after for e in self._errors):
                self._kept.pop(j, None)

    def all_lines(self) -> list[str]:
        """Every line (``keep_all`` only), trailing blank lines dropped."""
        return list(self._all)

    def text(self, max_chars: int = 16000) -> str:
        """The excerpt: kept lines in order, gaps marked, capped at ``max_chars`` keeping the end."""
        lines: dict[int, str] = {i: line for i, line in enumerate(self._head)}
        lines.update(self._kept)
        lines.update(self._tail)
        n = self.n
        before, after = self.context
        keep = set(range(min(self.head_lines, n)))
        keep.update(range(max(0, n - self.tail_lines), n))
        for e in self._errors:
            keep.update(range(max(0, e - before), min(n, e + after + 1)))
        return _assemble(n, {i: lines[i] for i in keep if i in lines}, max_chars)


def _assemble(n: int, kept: dict[int, str], max_chars: int) -> str:
    """Kept lines of an n-line log in order, with gaps marked, capped at ``max_chars``."""
    if n == 0:
        return ""
    chunks: list[list[str]] = []
    previous = -1
    for i in sorted(kept):
        if i != previous + 1:
            gap = i - previous - 1
            chunks.append([f"[... {gap} lines omitted ...]"] if previous >= 0 or gap else [])
            chunks.append([])
        if not chunks:
            chunks.append([])
        chunks[-1].append(kept[i])
        previous = i
    if previous < n - 1:
        chunks.append([f"[... {n - 1 - previous} lines omitted ...]"])
    text = "\n".join(line for chunk in chunks for line in chunk)
    if len(text) <= max_chars:
        return text
    # Over the cap: keep the end, which is where the failure usually is.
    cut = text[-max_chars:]
    newline = cut.find("\n")
    return "[... earlier output omitted ...]\n" + (cut[newline + 1:] if newline >= 0 else cut)


def excerpt(lines: Sequence[str], *, tail_lines: int = 80, max_chars: int = 16000,
            head_lines: int = 3, context: tuple[int, int] = (2, 3), max_error_lines: int = 40) -> str:
    """The window around the error: the first lines, lines that match error markers (with a little
    context), and the last lines, in order, with gaps marked; capped at ``max_chars``."""
    window = LogWindow(tail_lines=tail_lines, head_lines=head_lines, context=context,
                       max_error_lines=max_error_lines)
    for line in lines:
        window.add_line(line)
    return window.text(max_chars)
