"""Text made safe to print on a terminal: no escape sequences, no control characters.

Job names, branch names, test messages and logs come from whoever can push a branch. Printed
as they are, ESC sequences rewrite what the approver sees (move the cursor, erase the lines of
the review prompt, recolour a verdict), OSC 52 writes to the clipboard, and bidirectional
overrides reorder what is displayed. Everything we print for a person goes through
``terminal_safe``: whole sequences are removed (``logtext.strip_ansi``, the one stripper),
then every other C0 and C1 control (only newline and tab stay), DEL and the Unicode bidi
controls.
"""

from __future__ import annotations

import re

from .logtext import strip_ansi

# C0 but newline and tab, DEL, C1, and the bidi embedding, override and isolate controls.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` without terminal escape sequences or control characters (newline and tab kept)."""
    if not text:
        return text
    return _CONTROL.sub("", strip_ansi(text))
