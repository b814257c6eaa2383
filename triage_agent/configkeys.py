"""How a config key is declared (default, help line, kind, choices): shared by config.py and the
settings dataclasses of the report sinks, which config.py composes into the ``[reports]`` section."""

from __future__ import annotations

from dataclasses import field
from typing import Any


def key(help_text: str, default: Any = None, *, kind: str = "", choices: tuple[str, ...] = ()) -> Any:
    """Declare a config key: its default, its help line, and an optional kind or choice list.

    ``kind="secret"`` makes the value part of ``Config.secrets()`` (masked everywhere), wherever
    the key is declared.
    """
    meta = {"help": help_text, "kind": kind, "choices": choices}
    if isinstance(default, list | dict):
        return field(default_factory=lambda d=default: type(d)(d), metadata=meta)
    return field(default=default, metadata=meta)
