"""Redaction: known secrets and secret shapes are masked; ordinary text is left alone."""

from __future__ import annotations

import logging

import pytest

from triage_agent.core.redact import MASK, RedactingFilter, Redactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("token CCIPAT_AbCdEfGhIjKlMnOpQrSt_0123456789", "CCIPAT_AbCdEfGhIjKlMnOpQrSt_0123456789"),
        ("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
        ("remote: https://x:ghp_0123456789abcdefghijABCDEFGHIJ012345@github.com", "ghp_0123456789abcdefghijABCDEFGHIJ012345"),
        ("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"),
        ("OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz0123", "sk-proj-abcdefghijklmnopqrstuvwxyz0123"),
        ("PASSWORD=hunter2hunter2", "hunter2hunter2"),
        ("export DB_PASSWORD='s3cr3t-value'", "s3cr3t-value"),
        ("client_secret: abcdef0123456789", "abcdef0123456789"),
        ("Authorization: Bearer abcdefghijklmnop0123456789", "abcdefghijklmnop0123456789"),
        ("Circle-Token: 0123456789abcdef0123456789abcdef01234567", "0123456789abcdef0123456789abcdef01234567"),
        ("postgres://app:pa55word@db:5432/app", "pa55word"),
        ("xoxb-1234567890-abcdefghijkl", "xoxb-1234567890-abcdefghijkl"),
        ("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----", "MIIEpAIBAAKCAQEA"),
        ("hook https://hooks.slack.com/services/T000/B000/XXXXXXXX", "T000/B000/XXXXXXXX"),
    ],
)
def test_secret_shapes_are_masked(text, secret):
    out = Redactor().redact(text)
    assert secret not in out
    assert MASK in out


def test_known_secrets_are_masked_wherever_they_appear():
    r = Redactor(["plain-looking-value-42"])
    assert r.redact("using plain-looking-value-42 twice: plain-looking-value-42") == \
        f"using {MASK} twice: {MASK}"


@pytest.mark.parametrize(
    "text",
    [
        "FAILED tests/test_auth.py::test_token_refresh - AssertionError: assert 401 == 200",
        "PASSWORD_MIN_LENGTH is enforced",
        "npm ERR! code ECONNRESET",
        "token=${CIRCLE_TOKEN}",
        "password: <redacted>",
        "error: expected `String`, found `&str` at src/auth/token.rs:42:5",
        "--- PASS: TestDecodeEnvelope (0.00s)",
        "first pass: computing the schedule",
        "ok 12 - password reset email is sent",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert Redactor().redact(text) == text


def test_short_known_secrets_are_masked_only_as_whole_words():
    # Not ignored (a configured secret is never silently dropped), but never inside a word.
    assert Redactor(["abc"]).redact("abc def abcdef x-abc") == f"{MASK} def abcdef x-{MASK}"


def test_logging_filter_redacts_formatted_messages(caplog):
    logger = logging.getLogger("test.redact")
    handler_filter = RedactingFilter(Redactor(["my-circle-token-123"]))
    logger.addFilter(handler_filter)
    try:
        with caplog.at_level(logging.INFO, logger="test.redact"):
            logger.info("calling with %s and %s", "my-circle-token-123", "AKIAIOSFODNN7EXAMPLE")
    finally:
        logger.removeFilter(handler_filter)
    assert "my-circle-token-123" not in caplog.text
    assert "AKIAIOSFODNN7EXAMPLE" not in caplog.text
    assert caplog.text.count(MASK) == 2


@pytest.mark.parametrize("chunk", ["a", "a.", "a-", "aB3+/", "PASSWORD."])
def test_long_unbroken_runs_are_handled(chunk):
    # Pathological inputs (minified code, base64) must not blow up; the result is still text.
    text = chunk * 20000
    out = Redactor().redact(text)
    assert isinstance(out, str) and len(out) <= len(text)


# A URL query's parameter: its value ends at the next "&" (the query's tail, and a client's ": EOF" after the URL, stay
# readable), every secret in the query still masked; outside a query the whole run stays masked.
@pytest.mark.parametrize(("text", "kept", "secrets"), [
    ("Get https://auth.example.io/token?account=x&client_id=docker&offline_token=true&service=registry.example.io: EOF",
     "offline_token=true&service=registry.example.io: EOF", []),
    ("GET https://h.example.com/cb?access_token=s3cr3tvalue123&state=xyz: EOF", "&state=xyz: EOF", ["s3cr3tvalue123"]),
    ("https://h.example.com/p?x=1&api_key=abcd1234efgh&y=2&secret=zzzz9999", "&y=2&secret=", ["abcd1234efgh", "zzzz9999"]),
    ("https://h.example.com/p?token=ab&rest=1", "&rest=1", ["token=ab"]),
    ("PASSWORD=pa&ssw0rd123 next", " next", ["ssw0rd123", "pa&"]),
])
def test_a_query_parameters_value_ends_at_the_next_ampersand(text, kept, secrets):
    out = Redactor([]).redact(text)
    assert kept in out, out
    for secret in secrets:
        assert secret not in out, out


# Every secret-named parameter of a query is masked, the last one too where the URL ends in a client's ": EOF" (a value
# ending in ":" had read as a key and stayed visible), a query of thousands of them in one pass.
@pytest.mark.parametrize(("text", "secrets", "kept"), [
    ("Get https://h.example.com/p?token=abcd0000efgh: EOF", ["abcd0000efgh"], ": EOF"),
    ("Get https://h.example.com/p?x=1&token=abcd0000efgh: EOF", ["abcd0000efgh"], "?x=1&token="),
    ("Get https://h.example.com/p?token=abcd0000efgh&token=abcd0001efgh: EOF", ["abcd0000efgh", "abcd0001efgh"], ": EOF"),
    ("https://h.example.com/p?password=user:pass1234&x=1", ["pass1234", "user:"], "&x=1"),
    ("https://h.example.com/p?token = abcdefgh1234 x", ["abcdefgh1234"], " x"),
])
def test_every_secret_parameter_of_a_query_is_masked(text, secrets, kept):
    out = Redactor([]).redact(text)
    assert kept in out, out
    for secret in secrets:
        assert secret not in out, out


def test_a_query_of_thousands_of_secret_parameters_is_masked_whole():
    text = "https://h.example.com/p?" + "&".join(f"token=abcd{i:04d}efgh" for i in range(6000)) + ": EOF"
    out = Redactor([]).redact(text)
    assert "efgh" not in out and out.count(MASK) == 6000 and out.endswith(": EOF")
