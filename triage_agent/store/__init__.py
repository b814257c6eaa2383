"""The storage layer: the SQLite state through sqlite-utils (every SQL statement lives in this package)."""

from .db import Store, dumps, loads
from .schema import SCHEMA_TABLES, migrations

__all__ = ["SCHEMA_TABLES", "Store", "dumps", "loads", "migrations"]
