"""Line shapes that more than one of the engine's readings share: the next command of a job, a word's parts.

Pure: regular expressions only, no I/O.
"""

from __future__ import annotations

import re

# The next command of a job: echoed by the CI or the shell ("$ npm test", "+ ./deploy.sh", npm's
# "> web@1.4.0 test"), or GitHub's step header ("Run ./deploy.sh"); not a code frame ("> 13 |").
_NEXT_COMMAND = re.compile(r"^\s*(?:(?:\$|\+{1,3}|>) (?!\d+ \|)\S|(?:##\[group\])?Run \S)")


_WORD_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
