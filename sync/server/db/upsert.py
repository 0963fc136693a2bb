"""INSERT ... ON CONFLICT for both backends (SQLAlchemy has one construct per dialect)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def insert_for(conn: Connection, table: Table):
    module = postgresql if conn.dialect.name == "postgresql" else sqlite
    return module.insert(table)


def upsert(conn: Connection, table: Table, values: dict[str, Any], keys: list[str],
           set_: dict[str, Any] | None = None, returning=None):
    """Insert `values`, or on a key conflict set `set_` (default: the other inserted values)."""
    stmt = insert_for(conn, table).values(**values)
    if set_ is None:
        set_ = {k: stmt.excluded[k] for k in values if k not in keys}
    stmt = stmt.on_conflict_do_update(index_elements=keys, set_=set_)
    if returning is not None:
        stmt = stmt.returning(*returning)
    return conn.execute(stmt)


def upsert_many(conn: Connection, table: Table, rows: list[dict[str, Any]],
                keys: list[str]) -> None:
    """upsert() of many rows with the same columns as one executemany."""
    if not rows:
        return
    stmt = insert_for(conn, table)
    stmt = stmt.on_conflict_do_update(
        index_elements=keys, set_={k: stmt.excluded[k] for k in rows[0] if k not in keys})
    conn.execute(stmt, rows)
