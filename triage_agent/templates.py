"""The jinja2 environment over the shipped templates (classification prompt, report, digest)."""

from __future__ import annotations

import functools
import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import jinja2

PACKAGE = "triage_agent.prompts"

# Templates whose names end like this are HTML and get autoescaping; the prompt and the
# Markdown templates are plain text and must not be escaped.
_HTML_SUFFIXES = ("html.j2", "htm.j2", "xml.j2", "html", "htm", "xml")


def _templates_root() -> Traversable:
    """Where the templates live: the installed package, or the source tree's ``prompts/``."""
    try:
        return importlib.resources.files(PACKAGE)
    except ModuleNotFoundError:
        # A source checkout that was not installed: ``prompts/`` maps to triage_agent.prompts
        # only through pyproject's package-dir, so read the folder next to the package.
        return Path(__file__).resolve().parent.parent / "prompts"


def _load(root: Traversable, name: str) -> str | None:
    node: Traversable = root
    for part in name.split("/"):
        if part in ("", ".", ".."):
            return None
        node = node.joinpath(part)
    if not node.is_file():
        return None
    return node.read_text(encoding="utf-8")


@functools.cache
def environment() -> jinja2.Environment:
    """The shared environment: StrictUndefined, autoescape only for ``.html.j2`` templates."""
    root = _templates_root()
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: _load(root, name)),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(
            enabled_extensions=_HTML_SUFFIXES, default_for_string=False, default=False
        ),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, **ctx: Any) -> str:
    """Render the template ``name`` (e.g. ``classify_user.j2``) with ``ctx``."""
    return environment().get_template(name).render(**ctx)
