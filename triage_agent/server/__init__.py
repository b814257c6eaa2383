"""The daemon's HTTP server: app.py (the ASGI app and its uvicorn thread), health.py, metrics.py."""
