"""Which version of each field a replica holds: the newest change (by clock) that carries it.

Every change, made here or received, stays in `changes`, so the log itself is the version
vector; no separate table can drift from it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable


def field_versions(conn, entity: str, entity_id: str,
                   wanted: Iterable[str] | None = None) -> dict[str, str]:
    """{field: hlc} of the current version of each field (all fields when wanted is None)."""
    wanted_set = set(wanted) if wanted is not None else None
    found: dict[str, str] = {}
    rows = conn.execute(
        "SELECT hlc, fields FROM changes WHERE entity = ? AND entity_id = ? ORDER BY hlc DESC",
        (entity, entity_id),
    )
    for hlc, fields in rows:
        for name in json.loads(fields):
            if name not in found and (wanted_set is None or name in wanted_set):
                found[name] = hlc
        if wanted_set is not None and len(found) == len(wanted_set):
            break
    return found
