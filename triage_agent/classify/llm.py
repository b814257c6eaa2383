"""The LLM classifier: redacted, trimmed evidence in; a validated, grounded verdict (or none) out.

What reaches the endpoint is only evidence that went through the ``Redactor``: a log excerpt
(the end of the log plus the lines that look like errors, with their neighbours), the failed
tests, the known-flaky list, the history of the fingerprint and the offline engine's findings,
all within ``max_evidence_chars``. The log and the test messages are fenced and marked as
untrusted data whose instructions must be ignored.

The answer is data, never instructions: it is parsed (plain JSON or a fenced block), validated
against a fixed schema (enum, range, types, lengths), and its quoted evidence is kept only when
it occurs in what was sent and does not read like an instruction. A "transient" answer without
grounded evidence becomes "unknown". An invalid answer is asked for once more; after that, or on
any transport error, the result carries no verdict and a one-line error, and the caller keeps the
offline verdict. ``classify`` never raises for the endpoint's sake.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import openai

from ..core.logtext import is_error_line, strip_ansi
from ..core.models import VERDICTS, FailureCase, Verdict
from ..core.redact import Redactor
from ..errors import LLMError
from ..templates import render

log = logging.getLogger(__name__)

STRUCTURED_OUTPUT_MODES: tuple[str, ...] = ("auto", "json_schema", "json_object", "none")
# When a server rejects a response_format, "auto" steps down this ladder.
_FALLBACK = {"json_schema": "json_object", "json_object": "none"}

SCHEMA_NAME = "triage_verdict"
ANSWER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "verdict": {"type": "string", "enum": list(VERDICTS)},
        "confidence": {"type": "number", "description": "probability 0..1 that the verdict is right"},
        "category": {"type": "string", "description": "one short lowercase label"},
        "rationale": {"type": "string", "description": "one to three sentences"},
        "evidence": {
            "type": "array",
            "items": {"type": "string"},
            "description": "exact quotes copied from the evidence",
        },
    },
    "required": ["verdict", "confidence", "category", "rationale", "evidence"],
    "additionalProperties": False,
}

CATEGORIES: tuple[str, ...] = (
    "infrastructure",
    "network",
    "timeout",
    "resource-exhaustion",
    "flaky-test",
    "test-failure",
    "compile",
    "dependency",
    "lint",
    "configuration",
    "unknown",
)

# What the prompt asks for, and the (looser) limits an answer must stay within.
PROMPT_MAX_QUOTES = 5
PROMPT_MAX_QUOTE_CHARS = 300
ANSWER_MAX_QUOTES = 12
ANSWER_MAX_QUOTE_CHARS = 1000
ANSWER_MAX_RATIONALE = 2000
ANSWER_MAX_CATEGORY = 64
KEEP_QUOTES = 8
KEEP_RATIONALE = 1000
MIN_QUOTE_CHARS = 6
# Without grounded evidence a verdict cannot be more confident than this.
UNGROUNDED_CONFIDENCE_CAP = 0.5

# Evidence budget: the structured parts (findings, tests, flaky list, history) may take this
# share; the log excerpt gets the rest, and of that the tail takes TAIL_SHARE first.
STRUCTURED_SHARE = 0.4
TAIL_SHARE = 0.55
MAX_LINE_CHARS = 500
MAX_TEST_MESSAGE_CHARS = 600
MAX_FINDING_LINE_CHARS = 300
MAX_NAME_CHARS = 200
MAX_TESTS = 20
MAX_FLAKY = 30
MAX_FINDINGS = 15
MAX_PRIOR = 5
PRECUT_CHARS = 16000
MAX_TOKEN_CHARS = 400

# Text that tells the reader what to do rather than describing the failure.
_INSTRUCTION_LIKE = re.compile(
    r"(?i)(?:\bignore\b.{0,40}\b(?:instructions?|prompts?|rules|above|previous)\b"
    r"|\bdisregard\b|\bclassify\b.{0,30}\bas\b|\byou are now\b|\byou must\b|\bnew instructions?\b"
    r"|\bsystem prompt\b|\bre-?run\b|\bre-?trigger\b|\bauto-?approve\b|\bapprove (?:this|the|it)\b"
    r"|\bmark (?:this|it|the \w+) as\b|^\s*(?:system|assistant|developer)\s*:)"
)
# Text addressed to an AI rather than describing a failure: a prompt-injection attempt. Narrower
# than _INSTRUCTION_LIKE (which also catches innocent "re-run with -X" hints), since it vetoes
# a whole verdict, not one quoted line.
_INJECTION = re.compile(
    r"(?i)(?:\b(?:ignore|disregard|forget)\b.{0,30}\b(?:previous|prior|above|earlier|all|any)\b.{0,20}"
    r"\b(?:instructions?|prompts?|rules|directions)\b"
    r"|\byou are (?:now|an? (?:ai|llm|language model|assistant|classifier))\b"
    r"|\b(?:classify|label|mark|treat)\b.{0,30}\b(?:this|it|the (?:failure|job|build|log))\b.{0,20}\bas\b.{0,10}\btransient\b"
    r"|\bsystem prompt\b|\bnew instructions?\b|\b(?:dear|attention|note to (?:the )?)\s*(?:ai|llm|assistant|agent|model)\b"
    r"|^\s*(?:system|assistant|developer)\s*:)",
    re.M,
)
_REFUSAL_LIKE = re.compile(
    r"(?i)^\W*(?:i'?m sorry|i am sorry|sorry,|i can(?:no|')t\b|i am unable|i'?m unable|i won'?t"
    r"|as an ai\b|i must decline|unfortunately,? i)"
)
_FENCED = re.compile(r"```[ \t]*(?:json|JSON)?[ \t]*\n?(.*?)```", re.S)
_CATEGORY = re.compile(r"^[a-z0-9][a-z0-9 _./+\-]*$")
_WS = re.compile(r"\s+")
_LONG_TOKEN = re.compile(rf"(?<!\S)\S{{{MAX_TOKEN_CHARS},}}")
_ELLIPSIS = re.compile(r"\.\.\.+|…")
_SURROGATE = re.compile("[\ud800-\udfff]")


def make_openai_client(
    base_url: str,
    api_key: str,
    timeout: float,
    max_retries: int,
    *,
    http_client: Any | None = None,
) -> openai.OpenAI:
    """An ``openai.OpenAI`` with an explicit timeout and retry count (its defaults are 600 s, 2).

    ``timeout`` also bounds each request as a whole (``providers/http.py``): the openai client's own
    timeout applies to each read, which an endpoint dribbling bytes never trips.
    """
    if http_client is None:
        from ..providers import http as deadline

        http_client = openai.DefaultHttpxClient(transport=deadline.transport(timeout, library="httpx2"))
    return openai.OpenAI(
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        http_client=http_client,
    )


@dataclass(frozen=True)
class LLMResult:
    """What one ``LLMClassifier.classify`` produced: a verdict or an error, and what it cost."""

    verdict: Verdict | None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0  # HTTP attempts, the openai client's own retries included
    error: str | None = None  # one line
    structured_output: str = ""  # the response_format mode of the last request
    dropped_evidence: tuple[str, ...] = ()  # quotes that were ungrounded or read as instructions

    @property
    def tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class Evidence:
    """The redacted, trimmed evidence one prompt carries (what the template renders)."""

    job_name: str
    job_status: str
    offline_verdict: str
    offline_confidence: float
    offline_category: str
    offline_rationale: str
    findings: tuple[Mapping[str, Any], ...] = ()
    offline_evidence: tuple[str, ...] = ()
    history: tuple[str, ...] = ()
    known_flaky: tuple[str, ...] = ()
    flaky_omitted: int = 0
    failed_tests: tuple[Mapping[str, str], ...] = ()
    tests_omitted: int = 0
    log: str = ""
    log_note: str = ""
    notes: dict[str, Any] = field(default_factory=dict)
    # Similar earlier failures of the organization and how the team labelled them (few-shot
    # examples). Not in texts(): a quote must come from this failure's own evidence.
    examples: tuple[str, ...] = ()

    def texts(self) -> Iterator[str]:
        """Every evidence string sent, for grounding the answer's quotes."""
        yield self.log
        for f in self.findings:
            yield str(f.get("line", ""))
        yield from self.offline_evidence
        yield from self.history
        yield from self.known_flaky
        for t in self.failed_tests:
            yield from (t.get("name", ""), t.get("classname", ""), t.get("file", ""))
            yield t.get("message", "")

    def chars(self) -> int:
        """Characters of evidence (a proxy for the prompt's size)."""
        return sum(len(t) for t in self.texts())


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


def _cut_points(text: str, head_budget: int, tail_budget: int) -> tuple[int, int]:
    """Offsets (head_end, tail_start) that keep whole whitespace-free tokens within the budgets."""
    head_end = 0
    for m in _WS.finditer(text):
        if m.start() > head_budget:
            break
        head_end = m.start()
    tail_start = len(text)
    for m in _WS.finditer(text, max(head_end, len(text) - tail_budget - 1)):
        tail_start = m.end()
        break
    return head_end, max(tail_start, head_end)


def _clip(text: str, limit: int) -> str:
    """Shorten ``text`` to about ``limit`` characters (its head and its tail), cutting only at whitespace."""
    if len(text) <= limit:
        return text
    head_end, tail_start = _cut_points(text, limit * 2 // 3, max(0, limit - limit * 2 // 3 - 30))
    return f"{text[:head_end]} …[{tail_start - head_end} chars cut]… {text[tail_start:]}".strip()


def _precut(text: str, keep: int) -> str:
    """Keep about ``keep`` characters at each end of a huge text, before it is redacted.

    Cutting only at whitespace never splits a secret; the three tokens after the cut are dropped
    as well, since a ``NAME: value`` pair split by the cut would leave an anonymous value.
    """
    head_end, tail_start = _cut_points(text, keep, keep)
    after = list(itertools.islice(_WS.finditer(text, tail_start), 3))
    tail_start = after[2].end() if len(after) == 3 else len(text)
    return f"{text[:head_end]} …[{tail_start - head_end} chars cut]… {text[tail_start:]}"


def _drop_long_tokens(text: str) -> str:
    """Replace unbroken runs of MAX_TOKEN_CHARS or more (base64, minified code) by a marker.

    They are noise as evidence, and the redactor's patterns take time quadratic in a token's
    length; dropping one whole cannot leak part of a secret.
    """
    if len(text) < MAX_TOKEN_CHARS:
        return text
    return _LONG_TOKEN.sub(lambda m: f"[{len(m.group())} chars of unbroken text omitted]", text)


def _mask_key_blocks(text: str, redact: Callable[[str], str]) -> str:
    """Redact each private-key block (which spans lines) before lines are picked."""
    out: list[str] = []
    pos = 0
    while (start := text.find("-----BEGIN", pos)) >= 0:
        header_end = text.find("-----", start + 10)
        if header_end < 0 or "PRIVATE KEY" not in text[start:header_end]:
            out.append(text[pos : start + 10])
            pos = start + 10
            continue
        end_marker = text.find("-----END", header_end + 5)
        end = text.find("-----", end_marker + 8) + 5 if end_marker >= 0 else len(text)
        if end < 5 or end_marker < 0:
            end = len(text)
        out.append(text[pos:start])
        out.append(redact(text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _redact_clip(text: str, limit: int, redact: Callable[[str], str]) -> str:
    """Redact ``text`` whole, then clip it, so that a cut can never hide a secret's context."""
    if len(text) > PRECUT_CHARS:
        # Redaction costs about 1 us a character; a multi-megabyte line is cut down first.
        text = _precut(text, PRECUT_CHARS // 2)
    return _clip(redact(_drop_long_tokens(text)), limit)


def _clean_lines(log_text: str) -> list[str]:
    log_text = strip_ansi(log_text)
    lines = log_text.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    for line in lines:
        if "\r" in line:
            # Progress bars redraw a line with \r; the last frame is the one that counts.
            frames = [f for f in line.split("\r") if f.strip()]
            line = frames[-1] if frames else ""
        out.append(line.replace("\x00", ""))
    while out and not out[-1].strip():
        out.pop()
    return out


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip())[:160]


def excerpt_log(log_text: str, budget: int, redact: Callable[[str], str]) -> tuple[str, str]:
    """The redacted excerpt of a log within ``budget`` characters, and a note on what it holds.

    Small logs go whole. Otherwise the excerpt keeps the end of the log, the first line that
    looks like an error and the latest such lines (each with a line before and two after), and
    fills what budget is left with more of the end. Lines are picked before redaction, so each
    is redacted whole; private-key blocks, which span lines, are redacted first.
    """
    if "PRIVATE KEY" in log_text:
        log_text = _mask_key_blocks(log_text, redact)
    lines = _clean_lines(log_text)
    n = len(lines)
    if n == 0 or budget <= 0:
        return "", "The log is empty."
    if sum(len(line) + 1 for line in lines) <= budget:
        whole = redact(_drop_long_tokens("\n".join(lines)))
        if len(whole) <= budget:
            return whole, f"The whole log ({n} lines)."

    clipped: dict[int, str] = {}

    def line_at(i: int) -> str:
        if i not in clipped:
            line = lines[i]
            # A short line is redacted with the whole excerpt below; a long one before its cut.
            clipped[i] = _redact_clip(line, MAX_LINE_CHARS, redact) if len(line) > MAX_LINE_CHARS else line
        return clipped[i]

    selected: set[int] = set()
    used = 0
    i = n - 1
    tail_budget = int(budget * TAIL_SHARE)
    while i >= 0 and used + len(line_at(i)) + 1 <= tail_budget:
        used += len(line_at(i)) + 1
        selected.add(i)
        i -= 1
    tail_start = i + 1

    triggers: list[int] = []
    seen: set[str] = set()
    for j in range(tail_start):
        if is_error_line(lines[j]):
            shape = _shape(lines[j])
            if shape not in seen:
                seen.add(shape)
                triggers.append(j)
    error_lines = 0
    # The first error is often the cause; the latest ones are nearest to where the job died.
    for j in triggers[:1] + triggers[:0:-1]:
        window = [k for k in range(max(0, j - 1), min(tail_start, j + 3)) if k not in selected]
        cost = sum(len(line_at(k)) + 1 for k in window) + 40  # 40: an omission marker
        if used + cost > budget:
            continue
        selected.update(window)
        used += cost
        error_lines += 1

    k = tail_start - 1
    while k >= 0:
        if k not in selected:
            cost = len(line_at(k)) + 1
            if used + cost > budget:
                break
            selected.add(k)
            used += cost
        k -= 1

    out: list[str] = []
    previous = -1
    for idx in sorted(selected):
        if idx > previous + 1:
            out.append(f"… [{idx - previous - 1} lines omitted] …")
        out.append(line_at(idx))
        previous = idx
    text = redact("\n".join(out))
    while len(text) > budget and "\n" in text:
        # Redaction can lengthen a short secret; give way at the front, keep the end.
        text = text.split("\n", 1)[1]
    if len(text) > budget:
        text = text[-budget:]
    note = (
        f"An excerpt of a {n}-line log: its last lines, {error_lines} error line(s) with their "
        f"neighbours, {n - len(selected)} lines omitted."
    )
    return text, note


def build_evidence(
    case: FailureCase, offline: Verdict, redactor: Redactor, max_chars: int, *, max_examples: int = 3
) -> Evidence:
    """Redact and trim a case and its offline verdict into at most ``max_chars`` of evidence."""
    redact = redactor.redact
    structured_budget = int(max_chars * STRUCTURED_SHARE)
    used = 0

    def take(text: str, limit: int) -> str | None:
        nonlocal used
        clean = _redact_clip(text, limit, redact)
        if used + len(clean) > structured_budget:
            return None
        used += len(clean)
        return clean

    findings: list[dict[str, Any]] = []
    for f in offline.findings[:MAX_FINDINGS]:
        line = take(f.line, MAX_FINDING_LINE_CHARS)
        if line is None:
            break
        findings.append(
            {
                "signature": redact(f.signature),
                "leaning": f.leaning,
                "category": redact(f.category),
                "weight": float(f.weight),
                "source": redact(f.source),
                "line": line,
            }
        )
    offline_evidence: list[str] = []
    if not offline.findings:
        for e in offline.evidence[:MAX_FINDINGS]:
            line = take(e, MAX_FINDING_LINE_CHARS)
            if line is None:
                break
            offline_evidence.append(line)

    history: list[str] = []
    h = case.history
    if h.passed_on_same_commit:
        history.append(
            "The same commit passed in another run"
            + (f": {_redact_clip(h.same_commit_detail, MAX_NAME_CHARS, redact)}" if h.same_commit_detail else ".")
        )
    for p in h.prior[-MAX_PRIOR:]:
        outcome = f"; the rerun outcome was {p.outcome}" if p.outcome else "; outcome not known yet"
        when = f" ({p.seen_at})" if p.seen_at else ""
        history.append(
            redact(f"Earlier verdict{when}: {p.verdict} with confidence {p.confidence:.2f}{outcome}.")
        )

    tests: list[dict[str, str]] = []
    for t in case.failed_tests[:MAX_TESTS]:
        name = take(t.name, MAX_NAME_CHARS)
        if name is None:
            break
        message = take(t.message, MAX_TEST_MESSAGE_CHARS) or ""
        tests.append(
            {
                "name": name,
                "classname": _redact_clip(t.classname, MAX_NAME_CHARS, redact),
                "file": _redact_clip(t.file, MAX_NAME_CHARS, redact),
                "message": message.replace("\n", "\n    "),
            }
        )
    examples: list[str] = []
    labelled = sorted(case.history.similar, key=lambda x: (not x.label, -x.similarity))
    for sim in labelled[:max(0, max_examples)]:
        said = f"{sim.label} ({sim.outcome})" if sim.label else "not decided yet"
        text = take(f"{sim.line} => {said}; similarity {sim.similarity:.2f}, {sim.project_slug} "
                    f"{sim.job_name}", MAX_FINDING_LINE_CHARS)
        if text is None:
            break
        examples.append(text)
    flaky: list[str] = []
    for name in case.known_flaky[:MAX_FLAKY]:
        clean = take(name, MAX_NAME_CHARS)
        if clean is None:
            break
        flaky.append(clean)

    rationale = _redact_clip(offline.rationale, 500, redact)
    log_budget = max(0, max_chars - used - len(rationale))
    log_text, log_note = excerpt_log(case.log, log_budget, redact)
    return Evidence(
        job_name=_redact_clip(case.job_name, MAX_NAME_CHARS, redact),
        job_status=_redact_clip(case.job_status, 40, redact),
        offline_verdict=offline.verdict,
        offline_confidence=float(offline.confidence),
        offline_category=_redact_clip(offline.category, 64, redact),
        offline_rationale=rationale,
        findings=tuple(findings),
        offline_evidence=tuple(offline_evidence),
        history=tuple(history),
        known_flaky=tuple(flaky),
        flaky_omitted=len(case.known_flaky) - len(flaky),
        failed_tests=tuple(tests),
        tests_omitted=len(case.failed_tests) - len(tests),
        log=log_text,
        log_note=log_note,
        examples=tuple(examples),
    )


def _fence_for(texts: Iterable[str]) -> str:
    longest = max((len(m) for t in texts for m in re.findall(r"`{3,}", t)), default=0)
    return "`" * max(3, longest + 1)


def parse_answer(content: str | None) -> dict[str, Any]:
    """The JSON object in an answer: plain, in a ```json fence, or the first object in prose."""
    if content is None or not content.strip():
        raise LLMError("empty answer")
    text = content.strip()
    candidates = [text]
    candidates += [m.group(1).strip() for m in _FENCED.finditer(text)]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        except RecursionError:
            raise LLMError("malformed answer: JSON nested too deeply") from None
        if isinstance(value, dict):
            return value
        raise LLMError(f"answer is JSON but not an object ({type(value).__name__})")
    start = text.find("{")
    if start >= 0:
        try:
            value, _end = json.JSONDecoder().raw_decode(text[start:])
        except ValueError:
            value = None
        except RecursionError:
            raise LLMError("malformed answer: JSON nested too deeply") from None
        if isinstance(value, dict):
            return value
    if _REFUSAL_LIKE.search(text):
        raise LLMError("refusal: the model declined to answer")
    raise LLMError("malformed answer: no JSON object found")


def validate_answer(data: Mapping[str, Any]) -> tuple[str, float, str, str, list[str]]:
    """Check an answer against the schema; returns (verdict, confidence, category, rationale, evidence).

    Keys other than the five are ignored; a missing key, a wrong type, a value out of its enum
    or range, or an over-long string is an ``LLMError``.
    """
    missing = [k for k in ANSWER_SCHEMA["required"] if k not in data]
    if missing:
        raise LLMError(f"wrong schema: missing {', '.join(missing)}")
    texts = [data[k] for k in ("verdict", "category", "rationale")]
    if isinstance(data["evidence"], list):
        texts.extend(data["evidence"])
    if any(isinstance(t, str) and _SURROGATE.search(t) for t in texts):
        # Nothing can store or print it (it is not valid Unicode): the answer is rejected.
        raise LLMError("invalid answer: a string holds a lone UTF-16 surrogate")
    verdict = data["verdict"]
    if not isinstance(verdict, str) or verdict.strip().lower() not in VERDICTS:
        raise LLMError("wrong schema: verdict must be one of transient, real, unknown")
    confidence = data["confidence"]
    if isinstance(confidence, bool) or not isinstance(confidence, int | float):
        raise LLMError("wrong schema: confidence must be a number")
    if not math.isfinite(confidence) or not 0.0 <= confidence <= 1.0:
        raise LLMError("wrong schema: confidence must be between 0 and 1")
    category = data["category"]
    if not isinstance(category, str):
        raise LLMError("wrong schema: category must be a string")
    category = category.strip().lower()
    if not 0 < len(category) <= ANSWER_MAX_CATEGORY or not _CATEGORY.match(category):
        raise LLMError("wrong schema: category must be a short label")
    rationale = data["rationale"]
    if not isinstance(rationale, str) or not rationale.strip():
        raise LLMError("wrong schema: rationale must be a non-empty string")
    if len(rationale) > ANSWER_MAX_RATIONALE:
        raise LLMError("wrong schema: rationale too long")
    evidence = data["evidence"]
    if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
        raise LLMError("wrong schema: evidence must be a list of strings")
    if len(evidence) > ANSWER_MAX_QUOTES or any(len(e) > ANSWER_MAX_QUOTE_CHARS for e in evidence):
        raise LLMError("wrong schema: evidence too long")
    return verdict.strip().lower(), float(confidence), category, rationale.strip(), evidence


def ground_evidence(quotes: Iterable[str], sent: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split quotes into (kept, dropped): kept ones occur in what was sent and instruct nothing.

    Matching ignores case and runs of whitespace; a quote may elide with "..." as long as each
    piece occurs. Quotes that read like instructions are dropped even when they occur, since a
    log can carry them.
    """
    corpus = _norm("\n".join(sent))
    kept: list[str] = []
    dropped: list[str] = []
    for quote in quotes:
        text = quote.strip().strip("\"'`").strip()
        pieces = [_norm(p) for p in _ELLIPSIS.split(text)]
        pieces = [p for p in pieces if p]
        grounded = (
            bool(pieces)
            and sum(len(p) for p in pieces) >= MIN_QUOTE_CHARS
            and all(p in corpus for p in pieces)
        )
        if grounded and not _INSTRUCTION_LIKE.search(text) and text not in kept:
            kept.append(text)
        else:
            dropped.append(quote)
    return kept, dropped


def _injection_in(case: FailureCase) -> bool:
    """Whether the case's log or test messages hold text addressed to an AI."""
    if _INJECTION.search(case.log):
        return True
    return any(_INJECTION.search(t.message or "") for t in case.failed_tests)


def _attempts(err: openai.APIError) -> int:
    """HTTP attempts behind an error: the client's retry count of the last request, plus one."""
    request = getattr(err, "request", None)
    headers = getattr(request, "headers", None)
    value = headers.get("x-stainless-retry-count") if headers is not None else None
    return int(value) + 1 if value and value.isdigit() else 1


def _describe(err: openai.OpenAIError, attempts: int) -> str:
    if isinstance(err, openai.APITimeoutError):
        text = f"LLM request timed out ({attempts} attempt(s))"
    elif isinstance(err, openai.APIConnectionError):
        cause = err.__cause__ or err.__context__
        detail = f": {type(cause).__name__}: {cause}" if cause else ""
        text = f"LLM endpoint unreachable ({attempts} attempt(s)){detail}"
    elif isinstance(err, openai.AuthenticationError):
        text = "LLM endpoint rejected the API key (HTTP 401)"
    elif isinstance(err, openai.APIStatusError):
        text = f"LLM endpoint answered HTTP {err.status_code} after {attempts} attempt(s): {err.message}"
    else:
        text = f"LLM client error: {type(err).__name__}: {err}"
    return _WS.sub(" ", text).strip()[:300]


def _rejects_response_format(err: openai.APIStatusError) -> bool:
    if err.status_code not in (400, 422):
        return False
    text = f"{err.message} {err.body}".lower()
    return any(word in text for word in ("response_format", "json_schema", "json_object"))


class LLMClassifier:
    """Asks an OpenAI-compatible endpoint to classify a failure, and checks what it says."""

    def __init__(
        self,
        client: openai.OpenAI,
        *,
        model: str,
        redactor: Redactor,
        max_evidence_chars: int = 12000,
        structured_output: str = "auto",
        max_output_tokens: int = 800,
        similar_examples: int = 3,
    ) -> None:
        if structured_output not in STRUCTURED_OUTPUT_MODES:
            raise ValueError(
                f"structured_output must be one of {', '.join(STRUCTURED_OUTPUT_MODES)}"
            )
        self._client = client
        self._model = model
        self._redactor = redactor
        self._max_evidence_chars = max_evidence_chars
        self._auto = structured_output == "auto"
        # The mode that works for this client; "auto" starts at the strictest and steps down.
        self._mode = "json_schema" if self._auto else structured_output
        self._max_output_tokens = max_output_tokens
        self._similar_examples = similar_examples
        self._system = render(
            "classify_system.j2",
            categories=CATEGORIES,
            max_quotes=PROMPT_MAX_QUOTES,
            max_quote_chars=PROMPT_MAX_QUOTE_CHARS,
        )

    @property
    def structured_output_mode(self) -> str:
        """The response_format mode the next request will use."""
        return self._mode

    def build_messages(self, case: FailureCase, offline: Verdict) -> tuple[list[dict[str, str]], Evidence]:
        """The chat messages for a case, and the evidence they carry."""
        ev = build_evidence(case, offline, self._redactor, self._max_evidence_chars,
                            max_examples=self._similar_examples)
        untrusted = [ev.log, *ev.examples, *(value for t in ev.failed_tests for value in t.values())]
        user = render("classify_user.j2", ev=ev, fence=_fence_for(untrusted))
        messages = [
            {"role": "system", "content": self._system},
            {"role": "user", "content": user},
        ]
        return messages, ev

    def _response_format(self) -> dict[str, Any] | None:
        if self._mode == "json_schema":
            return {
                "type": "json_schema",
                "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": ANSWER_SCHEMA},
            }
        if self._mode == "json_object":
            return {"type": "json_object"}
        return None

    def classify(self, case: FailureCase, offline: Verdict) -> LLMResult:
        """Classify one case; on any endpoint trouble the result has no verdict and an error."""
        messages, ev = self.build_messages(case, offline)
        log.debug(
            "LLM prompt for %s: %d chars, %d evidence chars",
            case.id,
            sum(len(m["content"]) for m in messages),
            ev.chars(),
        )
        prompt_tokens = completion_tokens = calls = 0
        invalid_left = 1
        while True:
            mode = self._mode
            extra: dict[str, Any] = {}
            response_format = self._response_format()
            if response_format is not None:
                extra["response_format"] = response_format
            try:
                raw = self._client.chat.completions.with_raw_response.create(
                    model=self._model,
                    messages=messages,  # type: ignore[arg-type]
                    temperature=0,
                    max_tokens=self._max_output_tokens,
                    **extra,
                )
                calls += raw.retries_taken + 1
            except openai.APIStatusError as err:
                calls += _attempts(err)
                if self._auto and mode in _FALLBACK and _rejects_response_format(err):
                    self._mode = _FALLBACK[mode]
                    log.warning(
                        "LLM endpoint rejects response_format %s (HTTP %d); using %s from now on",
                        mode,
                        err.status_code,
                        self._mode,
                    )
                    continue
                return self._no_verdict(case, self._redactor.redact(_describe(err, _attempts(err))),
                                        calls, prompt_tokens, completion_tokens, self._mode)
            except openai.APIError as err:
                calls += _attempts(err)
                return self._no_verdict(case, self._redactor.redact(_describe(err, _attempts(err))),
                                        calls, prompt_tokens, completion_tokens, self._mode)
            try:
                completion = raw.parse()
            except (ValueError, RecursionError) as err:  # the body is not JSON, or not a completion
                error = (f"LLM endpoint answered HTTP {raw.http_response.status_code} with a body that "
                         f"is not a chat completion ({type(err).__name__})")
                return self._no_verdict(case, error, calls, prompt_tokens, completion_tokens, mode)

            usage = getattr(completion, "usage", None)
            prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
            completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
            try:
                verdict, dropped = self._read(completion, ev)
            except LLMError as err:
                if invalid_left > 0:
                    invalid_left -= 1
                    log.info("LLM answer for %s rejected (%s); asking once more", case.id, err)
                    messages = messages[:2] + [
                        {
                            "role": "user",
                            "content": (
                                f"Your previous answer was rejected ({err}). Answer again with "
                                "only the JSON object in the required shape."
                            ),
                        }
                    ]
                    continue
                error = _WS.sub(" ", f"invalid LLM answer after {calls} attempt(s): {err}")[:300]
                return self._no_verdict(case, error, calls, prompt_tokens, completion_tokens, mode)
            if verdict.verdict == "transient" and _injection_in(case):
                # Text in the log tried to steer the reader; whatever the LLM quotes, its own
                # "transient" may be the steering at work. Only offline evidence can back one.
                log.warning("LLM said transient for %s, whose log holds text addressed to an AI; "
                            "not trusted", case.id)
                verdict = replace(
                    verdict, verdict="unknown", confidence=min(verdict.confidence, 0.5),
                    rationale=("The log contains text addressed to an AI (a prompt-injection attempt), "
                               "so the LLM's 'transient' is not trusted. " + verdict.rationale)[:1200],
                )
            log.info(
                "LLM verdict for %s: %s %.2f (%d call(s), %d+%d tokens, %d quote(s) dropped)",
                case.id,
                verdict.verdict,
                verdict.confidence,
                calls,
                prompt_tokens,
                completion_tokens,
                len(dropped),
            )
            return LLMResult(
                verdict=verdict,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                calls=calls,
                structured_output=mode,
                dropped_evidence=tuple(dropped),
            )

    @staticmethod
    def _no_verdict(case: FailureCase, error: str, calls: int, prompt_tokens: int,
                    completion_tokens: int, mode: str) -> LLMResult:
        """The result when the LLM gave nothing usable: the caller keeps the offline verdict."""
        log.warning("LLM gave no usable answer for %s: %s", case.id, error)
        return LLMResult(verdict=None, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                         calls=calls, error=error, structured_output=mode)

    def _read(self, completion: Any, ev: Evidence) -> tuple[Verdict, list[str]]:
        """Turn a completion into a grounded verdict, or raise ``LLMError`` saying what is wrong."""
        choices = getattr(completion, "choices", None) or []
        if not choices or getattr(choices[0], "message", None) is None:
            raise LLMError("empty answer: no choices")
        message = choices[0].message
        if getattr(message, "refusal", None):
            raise LLMError("refusal: the model declined to answer")
        content = message.content
        try:
            data = parse_answer(content)
        except LLMError:
            if getattr(choices[0], "finish_reason", None) == "length":
                raise LLMError("answer cut off at the token limit") from None
            raise
        verdict, confidence, category, rationale, quotes = validate_answer(data)
        kept, dropped = ground_evidence(quotes, ev.texts())
        rationale = _redact_clip(_WS.sub(" ", rationale), KEEP_RATIONALE, self._redactor.redact)
        if not kept:
            confidence = min(confidence, UNGROUNDED_CONFIDENCE_CAP)
            if verdict == "transient":
                verdict = "unknown"
                rationale = (
                    "Downgraded from transient: the answer quoted no evidence found in the log. "
                    + rationale
                )
        return (
            Verdict(
                verdict=verdict,
                confidence=confidence,
                category=category,
                rationale=rationale,
                evidence=tuple(self._redactor.redact(q) for q in kept[:KEEP_QUOTES]),
                classifier="llm",
            ),
            dropped,
        )
