"""Build-derived text made inert in Markdown: no markup, no raw HTML, no mentions, no live links.

Job, workflow and branch names, test names and messages come from whoever can push a branch
or open a fork pull request. In a report or a GitHub issue they must read as text: ``@team``
must not notify anyone, a backtick must not end a code span early, ``<img>`` must not load,
``[click](https://evil)`` and a bare ``https://evil`` must not become links.

``inline`` is for prose (escaped, one line); ``code`` is for names (a code span that no
backtick run inside can close); ``url`` is for the links we build ourselves from ids.
"""

from __future__ import annotations

import re
from urllib.parse import quote

ZWSP = "\u200b"

# Characters that start links and images ("(" only follows a "]", escaped here), code,
# emphasis, raw HTML, entities or table cells, and a "#" that would start a heading. An
# underscore inside a word (test_foo_bar) is plain text in GFM.
_SPECIAL = re.compile(r"[\\`*\[\]<>!|~]|^#|&(?=[#A-Za-z0-9])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_MENTION = re.compile(r"@(?=[A-Za-z0-9_\-])")
# Bare links GitHub would make live: a scheme and "://", or "www.".
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|file|mailto|data|javascript)(:)|\b(www)(\.)")


def defuse(text: str) -> str:
    """Mentions and bare links broken with a zero-width space, the rest unchanged (for code blocks
    and plain-text channels, where escaping would show)."""
    text = _MENTION.sub("@" + ZWSP, text)
    return _AUTOLINK.sub(lambda m: (m.group(1) or m.group(3)) + ZWSP + (m.group(2) or m.group(4)), text)


def one_line(text: str | None, limit: int = 300) -> str:
    """Whitespace collapsed to single spaces, cut to ``limit`` characters (after redaction, by the caller)."""
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def inline(text: str | None, limit: int = 300) -> str:
    """Untrusted text as one line of inert Markdown prose."""
    line = one_line(text, limit)
    return defuse(_SPECIAL.sub(lambda m: "\\" + m.group(0), line))


def code(text: str | None, limit: int = 200) -> str:
    """Untrusted text as an inline code span: a fence longer than any backtick run inside."""
    line = one_line(text, limit)
    if not line:
        return ""
    longest = max((len(m) for m in re.findall(r"`+", line)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if line.startswith("`") or line.endswith("`") else ""
    return f"{ticks}{pad}{line}{pad}{ticks}"


def url(link: str) -> str:
    """One of our links, percent-encoded so no character from an id can end the Markdown link."""
    return quote(link, safe=":/?&=#%@+,;~")
