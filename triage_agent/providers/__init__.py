"""The CI-provider registry: a provider's name -> "module:factory", imported only when asked for.

Adding a provider is a folder under ``providers/`` and one line in ``PROVIDERS``. The module
named there provides:

- the factory: ``factory(config, *, budget, usage, transport=None, redactor=None)`` -> a
  ``ports.CIProvider`` that shares the app's request budget and counts;
- ``normalize_base_url(url)`` -> the API root from a configured URL (ValueError when unusable);
- ``web_links(base="")`` -> a ``core.ci.WebLinks``;
- optionally ``webhook_codec``: a module with ``SIGNATURE_HEADER``, ``verify_signature(secret,
  body, header)``, ``check_content_type(value)`` and ``parse_event(body)`` (for the HTTP server).

Only CircleCI exists, and the config has no key choosing a provider yet: ``DEFAULT`` is used.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..core.ci import WebLinks
    from ..ports import CIProvider

PROVIDERS: dict[str, str] = {
    "circleci": "triage_agent.providers.circleci.provider:from_config",
}
DEFAULT = "circleci"


def provider_module(name: str = DEFAULT) -> ModuleType:
    """The module a provider is registered in (imported now if it was not yet)."""
    try:
        target = PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown CI provider {name!r} (known: {', '.join(sorted(PROVIDERS))})") from None
    return importlib.import_module(target.split(":", 1)[0])


def build(name: str, config: Any, **kwargs: Any) -> CIProvider:
    """Build the named provider for ``config`` (keyword arguments go to its factory)."""
    module = provider_module(name)
    factory = getattr(module, PROVIDERS[name].split(":", 1)[1])
    return factory(config, **kwargs)


def web_links(base: str = "", name: str = DEFAULT) -> WebLinks:
    """Where a person sees pipelines, workflows and jobs of the named provider."""
    return provider_module(name).web_links(base)


def webhook_codec(name: str = DEFAULT) -> ModuleType:
    """The named provider's webhook verification and parsing (pure functions)."""
    codec = getattr(provider_module(name), "webhook_codec", None)
    if codec is None:
        raise ValueError(f"CI provider {name!r} sends no webhooks")
    return codec


def normalize_base_url(url: str, name: str = DEFAULT) -> str:
    """The API root of the named provider from a configured URL; ValueError when unusable."""
    return provider_module(name).normalize_base_url(url)
