"""The HTTP API (FastAPI): routes, bodies, errors and middleware."""
