"""Secret redaction applied to every piece of evidence before it is stored, sent or rendered."""

from __future__ import annotations

import base64
import binascii
import logging
import re
from collections.abc import Iterable
from urllib.parse import quote

MASK = "[REDACTED]"
# A configured secret this long or longer is masked wherever it appears; a shorter one only as
# a whole word, so masking it cannot mangle ordinary words that contain it.
SUBSTRING_MIN = 6

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
        # Also JSON-escaped, as in a dumped payload: https:\/\/hooks.slack.com\/services\/...
        ("slack-webhook", r"https:(?:\\?/){2}hooks\.slack\.com(?:\\?/)services(?:\\?/)[A-Za-z0-9/_\-\\]+"),
        ("discord-webhook", r"https://(?:\w+\.)?discord(?:app)?\.com/api/webhooks/[0-9]+/[A-Za-z0-9_\-]+"),
        ("stripe-key", r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}"),
        ("google-api-key", r"\bAIza[0-9A-Za-z_\-]{35}"),
        ("google-oauth-token", r"\bya29\.[0-9A-Za-z_\-]{20,}"),
        ("google-refresh-token", r"\b1//0[0-9A-Za-z_\-]{30,}"),
        # Azure AD client secrets: three characters, a digit, "Q~", then about 31-34 more.
        ("azure-client-secret", r"(?<![A-Za-z0-9_~.\-])[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}(?![A-Za-z0-9_~.\-])"),
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
# Connection strings and signed URLs of Azure storage and service bus: the key and the signature.
_AZURE = re.compile(
    r"(?i)(?P<head>\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)=|[?&]sig=)(?P<value>[A-Za-z0-9%+/=_\-]{8,})"
)
# Command-line flags that carry a secret: --password PASS, --token=TOKEN, docker login -p PASS.
# (--password-stdin and --token-file take no secret: the name must end right before = or a space.)
_FLAG = re.compile(
    r"(?i)(?P<head>(?<![\w-])--(?:[a-z0-9]+-)*(?:password|passwd|token|secret|api-?key|access-?key|auth)"
    r"(?:=|[ \t]+))(?P<quote>['\"]?)(?P<value>(?!-)[^\s'\"]+)(?P=quote)"
)
_SHORT_P = re.compile(
    r"(?i)(?P<head>\b(?:docker|podman|buildah|helm|oras|skopeo)\s+(?:registry\s+)?login\b[^\n]*?[ \t]-p(?:=|[ \t]+))"
    r"(?P<quote>['\"]?)(?P<value>(?!-)[^\s'\"]+)(?P=quote)"
)
# "password": "value" in JSON (and 'password': 'value' in a Python or YAML flow mapping).
_QUOTED_KEY = re.compile(
    r"(?i)(?P<head>(?P<q>[\"'])[A-Za-z0-9_.\-]{0,60}?(?:" + "PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|"
    r"PRIVATE_?KEY|CREDENTIALS?|SESSION_?KEY|SIGNING_?KEY|CLIENT_?SECRET|DSN|PASS|PWD|AUTH)"
    r"[A-Za-z0-9_.\-]{0,60}(?P=q)\s*:\s*)(?P<quote>[\"'])(?P<value>(?:[^\"'\\\n]|\\.){4,4000}?)(?P=quote)"
)
# Long base64 runs: decoded, and masked when what they encode holds a secret.
_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/]{24,4096}={0,2}(?![A-Za-z0-9+/=_\-])")
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
    # Possessive, and not followed by = or ":": in "db-secret: API_TOKEN = x" the value is x,
    # not the next name (masking the name would leave the value to be read).
    r"(?P<quote>['\"]?)(?![A-Za-z0-9_.\-]+:(?:[ \t]|$))(?P<value>[^\s'\"]{4,}+)(?P=quote)"
    r"(?![ \t]*[=:](?:[ \t]|$))"
)
# Values that are obviously not secrets (placeholders, booleans, variable references).
_HARMLESS = re.compile(
    r"(?i)^(?:true|false|null|none|yes|no|\*+|x+|\[redacted\]|<[^>]*>|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|"
    r"required|optional|redacted|masked|changeme|example|placeholder|str|string|int|bool)$"
)


# A URL query's secret-named parameter ("?access_token=v&state=x", "&password=v: EOF"): its value ends at the next "&",
# blank or quote (a colon that ends the URL, as a client's "<url>: EOF" writes it, stays outside the mask), so a
# harmless value does not take the rest of the query into the mask and a secret after it is still found; every such
# parameter of the query is masked in one pass. _mask_assignment leaves what this pass read.
_QUERY_PARAM = re.compile(
    r"(?i)(?<=[?&])(?P<head>[A-Za-z0-9_.\-]{0,60}?(?:" + _WORDS_ANY + r"|PASS|PWD)" + _NAME_TAIL + r"=)"
    r"(?P<value>[^&\s'\"]+?)(?P<colon>:?)(?=[&\s'\"]|$)"
)


def _base64_forms(secret: str) -> set[str]:
    """The stretches of base64 that encode ``secret`` wherever it sits in the encoded text.

    Base64 works in 3-byte groups, so a secret inside a longer encoded string (user:token in a
    Docker auth, for instance) appears as one of three encodings, depending on its offset; each
    is cut to the characters that depend on the secret alone.
    """
    raw = secret.encode()
    forms = set()
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + raw).decode()
        start = (offset * 4 + 2) // 3 + (1 if offset else 0)
        end = ((offset + len(raw)) * 4) // 3 - (1 if (offset + len(raw)) % 3 else 0)
        core = encoded[start:end]
        if len(core) >= 8:
            forms.add(core)
    for alphabet in list(forms):
        forms.add(alphabet.replace("+", "-").replace("/", "_"))  # the URL-safe alphabet
    return forms


def _variants(secret: str) -> set[str]:
    """The forms a configured secret takes in text: as is, URL- or JSON-escaped, base64-encoded."""
    out = {secret, quote(secret, safe=""), secret.replace("/", "\\/")}
    if len(secret) >= SUBSTRING_MIN:
        out |= _base64_forms(secret)
    return {v for v in out if v}


class Redactor:
    """Masks known secrets (exact values) and secret-shaped text in evidence.

    The exact values are the configured tokens (CircleCI, LLM, GitHub, webhook) and any
    extra strings a user lists; they are masked wherever they appear (and in their URL-,
    JSON- and base64-encoded forms), before any pattern. A value shorter than SUBSTRING_MIN is
    masked only as a whole word. Surrounding whitespace is never part of a secret (a token
    read from a mounted file often ends in a newline).
    """

    def __init__(self, known_secrets: Iterable[str] = ()) -> None:
        values = {s.strip() for s in known_secrets if s and s.strip()}
        long_forms = sorted({v for s in values if len(s) >= SUBSTRING_MIN for v in _variants(s)},
                            key=len, reverse=True)
        short = sorted({s for s in values if len(s) < SUBSTRING_MIN}, key=len, reverse=True)
        parts = [re.escape(v) for v in long_forms]
        parts += [rf"(?<![A-Za-z0-9]){re.escape(v)}(?![A-Za-z0-9])" for v in short]
        self._known = re.compile("|".join(parts)) if parts else None

    def __call__(self, text: str | None) -> str:
        return self.redact(text)

    def redact(self, text: str | None, *, heuristics: bool = True) -> str:
        """Return ``text`` with every secret replaced by ``[REDACTED]``.

        ``heuristics=False`` leaves out the guesses from names (``password: x``, ``--token x``),
        for our own messages, which name config keys such as ``circleci.token: expected ...``.
        """
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
        if not heuristics:
            return text
        text = _AZURE.sub(lambda m: m.group("head") + MASK, text)
        text = _QUERY_PARAM.sub(_mask_query_param, text)
        text = _QUOTED_KEY.sub(_mask_assignment, text)
        text = _FLAG.sub(_mask_assignment, text)
        text = _SHORT_P.sub(_mask_assignment, text)
        text = _ASSIGNMENT.sub(_mask_assignment, text)
        if len(text) >= 24:
            text = _BASE64_RUN.sub(self._mask_encoded, text)
        return text

    def _mask_encoded(self, match: re.Match[str]) -> str:
        """A base64 run, masked if what it decodes to holds a secret."""
        run = match.group(0)
        try:
            decoded = base64.b64decode(run + "=" * (-len(run) % 4), validate=True)
        except (binascii.Error, ValueError):
            return run
        try:
            plain = decoded.decode("utf-8")
        except UnicodeDecodeError:
            return run  # binary data (a hash, an image): nothing a pattern could match
        if not plain.isprintable() and not all(c.isprintable() or c in "\n\r\t" for c in plain):
            return run
        return MASK if self.redact(plain) != plain else run

    def redact_all(self, values: Iterable[str]) -> list[str]:
        return [self.redact(v) for v in values]


def _mask_assignment(match: re.Match[str]) -> str:
    value = match.group("value")
    if _HARMLESS.match(value) or value == MASK:
        return match.group(0)
    if not match.group("quote") and _QUERY_PARAM.match(match.string, match.start()):
        # a URL query's parameter, masked (or found harmless) by the query pass already: its run here holds the rest
        # of the query ("offline_token=true&service=h: EOF"), which must not go into the mask
        return match.group(0)
    quote = match.group("quote")
    return f"{match.group('head')}{quote}{MASK}{quote}"


def _mask_query_param(match: re.Match[str]) -> str:
    value = match.group("value")
    if _HARMLESS.match(value) or value == MASK:
        return match.group(0)
    return f"{match.group('head')}{MASK}{match.group('colon')}"


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
