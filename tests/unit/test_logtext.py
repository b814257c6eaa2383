"""The one escape stripper, the one error-line detector and the one excerpt, and that every
reader of logs uses them."""

from __future__ import annotations

import inspect

import pytest

from triage_agent.classify import llm, rules, similar
from triage_agent.core import fingerprint, logtext, termsafe
from triage_agent.core.logtext import LogWindow, excerpt, is_error_line, strip_ansi


@pytest.mark.parametrize(("raw", "clean"), [
    ("\x1b[31mFAILED\x1b[0m test_x", "FAILED test_x"),
    ("\x1b[1;32m✓\x1b[m ok", "✓ ok"),
    ("\x1b[2K\x1b[1Gprogress", "progress"),
    ("see \x1b]8;;https://x.example\x07docs\x1b]8;;\x07 here", "see docs here"),
    ("title\x1b]0;hidden\x1b\\ shown", "title shown"),
    ("\x1bPq#0;2;0;0;0\x1b\\sixel gone", "sixel gone"),
    ("\x9b31mC1 CSI", "C1 CSI"),
    ("cut at the end \x1b[3", "cut at the end "),
    ("no escapes at all", "no escapes at all"),
])
def test_strip_ansi_removes_whole_sequences(raw, clean):
    assert strip_ansi(raw) == clean


@pytest.mark.parametrize(("line", "is_error"), [
    ("npm ERR! code ECONNRESET", True),
    ("FAILED tests/test_api.py::test_login - AssertionError", True),
    ("E       assert 1 == 2", True),
    ("Error: connect ETIMEDOUT 10.0.0.1:443", True),
    ("Exited with code exit status 1", True),
    ("make: *** [all] Killed", True),
    ("0 errors, 0 failures", False),
    ("compiled without errors", False),
    ("warning: unused variable", False),
    ("Downloading dependencies", False),
    ("", False),
])
def test_error_lines(line, is_error):
    assert is_error_line(line) is is_error


def test_every_reader_uses_the_one_stripper_and_detector():
    # Fingerprints, the rules engine, the LLM excerpt, similar failures and terminal output read
    # log text through logtext; none keeps a pattern of its own.
    for module in (fingerprint, rules, llm, similar, termsafe):
        source = inspect.getsource(module)
        assert "\\x1b[" not in source, module.__name__
        assert "_ERRORISH" not in source and "ERROR_MARKER = " not in source, module.__name__
    assert fingerprint.strip_ansi is logtext.strip_ansi
    assert similar.is_error_line is logtext.is_error_line
    assert llm.is_error_line is logtext.is_error_line


def test_terminal_safe_is_the_stripper_plus_control_characters():
    assert termsafe.terminal_safe("\x1b[2J\x1b[Hok\x07\u202e!") == "ok!"


def test_excerpt_keeps_head_error_context_and_tail_with_gaps_marked():
    lines = [f"line {i}" for i in range(200)]
    lines[100] = "Error: disk full"
    text = excerpt(lines, tail_lines=5, head_lines=2, context=(1, 1))
    shown = text.splitlines()
    assert shown[:2] == ["line 0", "line 1"]
    assert "line 99" in shown and "Error: disk full" in shown and "line 101" in shown
    assert "line 102" not in shown and "line 50" not in shown
    assert shown[-5:] == [f"line {i}" for i in range(195, 200)]
    assert "[... 97 lines omitted ...]" in shown


def test_log_window_streams_the_same_excerpt_as_excerpt_over_lines():
    lines = [f"step {i}" for i in range(50)] + ["\x1b[31mFAILED\x1b[0m test_a"] + [f"after {i}" for i in range(50)]
    window = LogWindow(tail_lines=10)
    window.feed_all(line + "\n" for line in lines)
    assert window.text() == excerpt([strip_ansi(x) for x in lines], tail_lines=10)
    assert "FAILED test_a" in window.text()


def test_log_window_masks_private_keys_and_cuts_long_lines_after_redacting():
    secret = "s3cr3t-value"
    window = LogWindow(redact=lambda s: s.replace(secret, "[REDACTED]"))
    window.feed_all(["-----BEGIN RSA PRIVATE KEY-----\nMIIabc\n-----END RSA PRIVATE KEY-----\n",
                     "x" * 495 + secret + "y" * 600 + "\n"])
    text = window.text()
    assert "MIIabc" not in text and secret not in text
    assert "[REDACTED]" in text


def test_a_long_line_keeps_its_end_where_wrapped_errors_put_the_cause():
    # Go wraps errors: the cause ends the line. The daemon judged such a line "real" on its cut
    # start while `eval` read the whole line as a connection reset (team_history benchmark).
    line = ("##[error]backend.go:20:2: github.com/aliyun/sdk@v1.61: Get \"https://proxy.example/"
            + "a" * 700 + "\": read tcp 10.1.1.16:59014->142.250.68.80:443: read: connection reset by peer")
    cut = logtext.cut_line(line)
    assert len(cut) <= logtext.MAX_LINE + len(" [...] ")
    assert cut.startswith("##[error]backend.go:20:2") and cut.endswith("connection reset by peer")
    assert " [...] " in cut


@pytest.mark.parametrize("size", [600, 6000])
def test_a_long_line_is_redacted_before_either_cut(size):
    secret = "s3cr3t-value"
    redact = lambda s: s.replace(secret, "[REDACTED]")  # noqa: E731
    for at in (295, size - 205, size - 100):  # across the head's cut, across the end's, inside the end
        line = "x" * at + secret + "y" * (size - at - len(secret))
        cut = logtext.cut_line(line, redact)
        assert "s3cr3t" not in cut and "cr3t-value" not in cut
        assert not any(secret[:k] in cut or secret[-k:] in cut for k in range(4, len(secret)))
