"""A benchmark script of ``benchmarks/`` imported as a module for its tests."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@contextmanager
def benchmark(name: str) -> Iterator[ModuleType]:
    """``benchmarks/<name>.py`` as a module, with ``benchmarks/`` on ``sys.path`` while it is in use (the scripts
    import their siblings: ``_common``, ``labelled_moves``)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(BENCHMARKS))
