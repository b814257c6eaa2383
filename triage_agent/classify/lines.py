"""Line shapes that more than one of the engine's readings share: the next command of a job, a word's parts.

_NEXT_COMMAND is read by rules.py, placement.py, test_layout.py and line_checks.py; _WORD_PART by values_time.py
and values_order.py. Pure: regular expressions only, no I/O.
"""

from __future__ import annotations

import re

# The next command of a job: echoed by the CI or the shell ("$ npm test", "+ ./deploy.sh", npm's
# "> web@1.4.0 test"), or GitHub's step header ("Run ./deploy.sh"); not a code frame ("> 13 |").
_NEXT_COMMAND = re.compile(r"^\s*(?:(?:\$|\+{1,3}|>) (?!\d+ \|)\S|(?:##\[group\])?Run \S)")

# A word's parts: camelCase, PascalCase and snake_case names split apart ("testRetryOrder" -> test, Retry, Order;
# "HTTPServer" -> HTTP, Server), for the time and order words read in a test's names and values.
_WORD_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
