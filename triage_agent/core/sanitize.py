"""Text and JSON from outside, made safe to store, log and print before anything else sees it.

Valid JSON can still carry what no later stage can handle: a lone UTF-16 surrogate
(``"\\ud83d"``) that SQLite, httpx and every UTF-8 file refuse to encode, or nesting deep
enough to exhaust Python's recursion limit. A body is parsed once here: too deep is a
``ValueError`` (the caller's "bad response"); lone surrogates become U+FFFD; and, when a
``redact`` function is given, every string value passes through it, except the identifiers
and URLs that must round-trip to the API unchanged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

# Deeper than any CircleCI body we have seen (a v1.1 job nests about 5 levels).
MAX_DEPTH = 64
REPLACEMENT = "\ufffd"

_SURROGATE = re.compile("[\ud800-\udfff]")
# Keys whose values go back to an API or are opaque ids: never rewritten by the redactor.
_VERBATIM_KEYS = frozenset({"output_url", "next_page_token", "slug", "project_slug", "url", "vcs_url"})


class TooDeep(ValueError):
    """JSON nested deeper than the limit."""


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (a no-op for ordinary text)."""
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(REPLACEMENT, text)


def _verbatim(key: Any) -> bool:
    return isinstance(key, str) and (key in _VERBATIM_KEYS or key == "id" or key.endswith(("_id", "-id")))


def clean_json(value: Any, *, redact: Callable[[str], str] | None = None,
               max_depth: int = MAX_DEPTH) -> Any:
    """A copy of parsed JSON with clean strings; ``TooDeep`` past ``max_depth`` levels.

    Iterative, so no input can exhaust the stack.
    """

    def fix(text: str, key: Any) -> str:
        text = clean_text(text)
        return text if redact is None or _verbatim(key) else redact(text)

    if isinstance(value, str):
        return fix(value, None)
    if not isinstance(value, dict | list):
        return value
    root: Any = {} if isinstance(value, dict) else []
    stack: list[tuple[Any, Any, int]] = [(value, root, 1)]
    while stack:
        source, target, depth = stack.pop()
        if depth > max_depth:
            raise TooDeep(f"JSON nested deeper than {max_depth} levels")
        items: Iterable[tuple[Any, Any]] = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in items:
            if isinstance(item, str):
                item = fix(item, key)
            elif isinstance(item, dict | list):
                child: Any = {} if isinstance(item, dict) else []
                stack.append((item, child, depth + 1))
                item = child
            if isinstance(target, dict):
                target[clean_text(key) if isinstance(key, str) else key] = item
            else:
                target.append(item)
    return root


def loads(data: str | bytes, *, redact: Callable[[str], str] | None = None,
          max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON and clean it (see ``clean_json``); any problem is a ``ValueError``."""
    try:
        value = json.loads(data)
    except RecursionError:
        raise TooDeep(f"JSON nested deeper than {max_depth} levels") from None
    return clean_json(value, redact=redact, max_depth=max_depth)


def iter_array(chunks: Iterable[bytes], *, max_depth: int = MAX_DEPTH) -> Iterator[Any]:
    """The elements of a top-level JSON array read incrementally from byte chunks (cleaned).

    Only the element being parsed is held, never the whole document: a 50 MB step output is
    read in constant memory when its elements are small (CircleCI sends one per output chunk).
    Malformed input is a ``ValueError``.
    """
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    parse = json.JSONDecoder().raw_decode
    buf = ""
    pos = 0
    ended = False
    chunk_iter = iter(chunks)
    started = False
    retry_at = 0  # a partial element is parsed again only once the buffer has grown enough

    def more() -> bool:
        nonlocal buf, pos, ended
        if ended:
            return False
        chunk = next(chunk_iter, None)
        if chunk is None:
            ended = True
            buf = buf[pos:] + decoder.decode(b"", final=True)
        else:
            buf = buf[pos:] + decoder.decode(chunk)
        pos = 0
        return True

    def skip_ws() -> str | None:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos < len(buf):
                return buf[pos]
            if not more():
                return None

    first = skip_ws()
    if first != "[":
        raise ValueError("expected a JSON array")
    pos += 1
    while True:
        head = skip_ws()
        if head is None:
            raise ValueError("the JSON array is cut short")
        if head == "]" and not started:
            pos += 1
            break
        while True:
            if len(buf) - pos >= retry_at or ended:
                try:
                    item, end = parse(buf, pos)
                except RecursionError:
                    raise TooDeep(f"JSON nested deeper than {max_depth} levels") from None
                except json.JSONDecodeError as exc:
                    if ended:
                        raise ValueError(f"not valid JSON ({exc.msg})") from None
                    retry_at = 2 * (len(buf) - pos) + 1
                else:
                    # A number that ends the buffer may go on in the next chunk.
                    partial = (isinstance(item, int | float) and not ended
                               and (end == len(buf) or buf[end] not in " \t\r\n,]"))
                    if not partial:
                        retry_at = 0
                        break
                    retry_at = len(buf) - pos + 1
            more()
        pos = end
        started = True
        yield clean_json(item, max_depth=max_depth)
        sep = skip_ws()
        if sep == ",":
            pos += 1
            continue
        if sep == "]":
            pos += 1
            break
        raise ValueError("expected , or ] in a JSON array")
    if skip_ws() is not None:
        raise ValueError("data after the JSON array")
