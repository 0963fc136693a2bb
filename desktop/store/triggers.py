"""Triggers the store keeps on itself, made when it opens and made again when they differ.

A migration that rebuilds a table (sqlite-utils `transform`) drops its triggers, and a
newer release may change one: comparing each trigger's stored statement with the wanted
one finds both, so the caller can make them again and redo what they keep (writes made
without them went unseen).
"""

from __future__ import annotations

from collections.abc import Mapping


def stale(conn, wanted: Mapping[str, str]) -> list[str]:
    """The names of the wanted triggers ({name: its CREATE TRIGGER statement, as SQLite
    keeps it: without IF NOT EXISTS}) the store lacks or holds in another form."""
    have = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    return [name for name, sql in wanted.items() if have.get(name) != sql]


def remake(conn, names: list[str], wanted: Mapping[str, str]) -> None:
    """Drop and create these triggers again, in the caller's transaction."""
    for name in names:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute(wanted[name])
