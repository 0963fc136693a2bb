"""The central server every office PC syncs with (FastAPI + SQLAlchemy Core + Alembic),
installed with the `server` extra. It stands on the wire contract (sync/) and the pure parts
of the desktop package (desktop.domain, messages, formatting, terminal). No Qt."""
