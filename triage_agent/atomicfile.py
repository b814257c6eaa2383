"""The one atomic file writer: readers see the old file or the new one, never half of one, and
what it writes is the owner's alone (reports, digests and signature files name projects,
branches and failures).

A temp file in the target folder (``mkstemp`` makes it 0600, whatever the umask) is written,
flushed to disk, optionally checked, then moved over the target with ``os.replace``; the target
thus takes the temp file's 0600. A folder it has to create is created 0700.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(path: Path, text: str, *, check: Callable[[Path], None] | None = None) -> None:
    """Write ``text`` to ``path`` atomically, owner-only; ``check(temp path)`` may veto it by raising."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if check is not None:
            check(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
