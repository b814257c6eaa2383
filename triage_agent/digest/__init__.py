"""The daily digest: model.py builds it from the store, chart.py lays out its chart, render.py
writes it as Markdown or HTML (and the dated files the daemon keeps)."""

from .model import Digest, build_digest, day_bounds, previous_day
from .render import FORMATS, digest_path, render, write_daily

__all__ = ["FORMATS", "Digest", "build_digest", "day_bounds", "digest_path", "previous_day", "render",
           "write_daily"]
