"""Text made safe to print on a terminal: no escape sequences, no control characters.

Job names, branch names, test messages and logs come from whoever can push a branch. Printed
as they are, ESC sequences rewrite what the approver sees (move the cursor, erase the lines of
the review prompt, recolour a verdict), OSC 52 writes to the clipboard, and bidirectional
overrides reorder what is displayed. Everything we print for a person goes through
``terminal_safe``: whole sequences are removed, then every other C0 and C1 control (only
newline and tab stay), DEL and the Unicode bidi controls.
"""

from __future__ import annotations

import re

# ESC-introduced sequences, removed whole so no parameter bytes are left to read as text:
# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC (ESC P/X/^/_ ... ST),
# and the two-character escapes.
_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"
)
# C0 but newline and tab, DEL, C1, and the bidi embedding, override and isolate controls.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` without terminal escape sequences or control characters (newline and tab kept)."""
    if not text:
        return text
    return _CONTROL.sub("", _SEQUENCE.sub("", text))
