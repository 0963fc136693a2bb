"""The central server every office PC syncs with (FastAPI + SQLAlchemy Core + Alembic). No Qt."""
