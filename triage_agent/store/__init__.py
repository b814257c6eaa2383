"""The storage layer: the SQLite state through sqlite-utils (every SQL statement lives in this package)."""

from .db import DAMAGED, DB_ERRORS, LOCKED, Store, dumps, loads
from .schema import SCHEMA_TABLES, migrations

__all__ = ["DAMAGED", "DB_ERRORS", "LOCKED", "SCHEMA_TABLES", "Store", "dumps", "loads", "migrations"]
