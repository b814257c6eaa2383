"""Secret redaction applied to every piece of evidence before it is stored, sent or rendered."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

MASK = "[REDACTED]"

# Shapes of well-known credentials. Each pattern matches the secret itself.
_TOKEN_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("circleci-token", r"\bCCIPAT_[A-Za-z0-9_\-]{16,}"),
        ("circleci-project-token", r"\bCCIPRJ_[A-Za-z0-9_\-]{16,}"),
        ("aws-access-key", r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b"),
        ("github-token", r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}"),
        ("github-pat", r"\bgithub_pat_[A-Za-z0-9_]{40,}"),
        ("gitlab-token", r"\bglpat-[A-Za-z0-9_\-]{20,}"),
        ("openai-key", r"\bsk-(?:proj-|svcacct-|ant-)?[A-Za-z0-9_\-]{20,}"),
        ("slack-token", r"\bxox[abposr]-[A-Za-z0-9\-]{10,}"),
        ("slack-webhook", r"https://hooks\.slack\.com/services/[A-Za-z0-9/_\-]+"),
        ("stripe-key", r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}"),
        ("google-api-key", r"\bAIza[0-9A-Za-z_\-]{35}"),
        ("npm-token", r"\bnpm_[A-Za-z0-9]{36}"),
        ("pypi-token", r"\bpypi-[A-Za-z0-9_\-]{40,}"),
        ("jwt", r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"),
    )
)

_PRIVATE_KEY = re.compile(
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|\Z)", re.S
)
# user:password@host in URLs.
# The lookbehinds make a match start only at the beginning of a word: without them a long run of
# word characters is rescanned from every position (quadratic time on base64 or minified code).
_URL_CREDENTIALS = re.compile(r"(?<![a-zA-Z0-9+.\-])(?P<scheme>[a-zA-Z][a-zA-Z0-9+.\-]{0,20}://)[^/\s:@]+:[^/\s@]+@")
# Authorization headers and similar "Bearer xyz" / "token xyz" forms.
_AUTH_HEADER = re.compile(
    r"(?i)\b(?P<head>(?:authorization|circle-token|x-api-key|private-token)\s*[:=]\s*(?:bearer\s+|token\s+|basic\s+)?)"
    r"(?P<value>[^\s'\"]+)"
)
_BEARER = re.compile(r"(?i)\b(?P<head>bearer\s+)(?P<value>[A-Za-z0-9_\-.=+/]{16,})")
# NAME=value / NAME: value where NAME looks secret. The secret word must end the name or be
# followed by a separator (DB_PASS, GITHUB_TOKEN_FILE), so PASSED=3 or COMPASS=1 do not count.
# The "NAME: value" form needs a space after the colon (so file:line references do not count)
# and a longer secret word than PASS or PWD (so test output such as "--- PASS: TestX" does not).
_WORDS_ANY = r"PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|SESSION_?KEY|SIGNING_?KEY|CLIENT_?SECRET|DSN"
_NAME_TAIL = r"(?:[_.\-][A-Za-z0-9_.\-]{0,60})?"
_ASSIGNMENT = re.compile(
    r"(?i)(?P<head>(?<![A-Za-z0-9_.\-])(?:export\s+)?"
    r"(?:[A-Za-z0-9_.\-]{0,60}?(?:" + _WORDS_ANY + r"|PASS|PWD)" + _NAME_TAIL + r"\s*=\s*"
    r"|[A-Za-z0-9_.\-]{0,60}?(?:" + _WORDS_ANY + r")" + _NAME_TAIL + r":\s+))"
    r"(?P<quote>['\"]?)(?P<value>[^\s'\"]{4,})(?P=quote)"
)
# Values that are obviously not secrets (placeholders, booleans, variable references).
_HARMLESS = re.compile(
    r"(?i)^(?:true|false|null|none|yes|no|\*+|x+|\[redacted\]|<[^>]*>|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|"
    r"required|optional|redacted|masked|changeme|example|placeholder|str|string|int|bool)$"
)


class Redactor:
    """Masks known secrets (exact values) and secret-shaped text in evidence.

    The exact values are the configured tokens (CircleCI, LLM, GitHub, webhook) and any
    extra strings a user lists; they are masked wherever they appear, before any pattern.
    """

    def __init__(self, known_secrets: Iterable[str] = ()) -> None:
        secrets = sorted({s for s in known_secrets if s and len(s) >= 6}, key=len, reverse=True)
        self._known = (
            re.compile("|".join(re.escape(s) for s in secrets)) if secrets else None
        )

    def __call__(self, text: str | None) -> str:
        return self.redact(text)

    def redact(self, text: str | None) -> str:
        """Return ``text`` with every secret replaced by ``[REDACTED]``."""
        if not text:
            return text or ""
        if self._known is not None:
            text = self._known.sub(MASK, text)
        text = _PRIVATE_KEY.sub(MASK, text)
        for _name, pattern in _TOKEN_SHAPES:
            text = pattern.sub(MASK, text)
        text = _URL_CREDENTIALS.sub(lambda m: m.group("scheme") + MASK + "@", text)
        text = _AUTH_HEADER.sub(lambda m: m.group("head") + MASK, text)
        text = _BEARER.sub(lambda m: m.group("head") + MASK, text)
        text = _ASSIGNMENT.sub(_mask_assignment, text)
        return text

    def redact_all(self, values: Iterable[str]) -> list[str]:
        return [self.redact(v) for v in values]


def _mask_assignment(match: re.Match[str]) -> str:
    value = match.group("value")
    if _HARMLESS.match(value) or value == MASK:
        return match.group(0)
    quote = match.group("quote")
    return f"{match.group('head')}{quote}{MASK}{quote}"


class RedactingFilter(logging.Filter):
    """A logging filter that redacts the rendered message of every record it sees."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self._redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record still gets logged, unformatted
            message = str(record.msg)
        record.msg = self._redactor.redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = self._redactor.redact(record.exc_text)
        return True
