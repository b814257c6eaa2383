"""CircleCI: the client (transport, endpoints, the one write), its parsers, slugs, web links,
webhooks, and the provider that maps it onto the neutral port (``provider.py``).

Nothing outside this folder imports it: the registry (``providers/__init__.py``) loads
``provider.py`` by name.
"""
