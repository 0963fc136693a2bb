"""Reference lists and offices on the server, seeded from the desktop's one definition.

desktop/seed/reference.json is the one source (via desktop.domain.reference), including the
event types only central writes (assigned, transferred: "system" and "central" in extra).
Seeding only inserts what is missing, so lists that central edited are never overwritten.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection, select

from desktop.domain.reference import Reference, seed_reference
from sync.server.db.tables import offices, ref_items
from sync.server.db.upsert import insert_for


def seed_items() -> list[dict]:
    rows: dict[tuple[str, str], dict] = {}
    for kind, items in seed_reference().items():
        if not isinstance(items, list):
            continue
        for it in items:
            rows.setdefault((kind, it["code"]), {
                "kind": kind, "code": it["code"], "label_id": it["id"], "label_en": it["en"],
                "sort": it.get("sort", 0), "active": 1,
                "extra": json.dumps(it.get("extra", {}), ensure_ascii=False),
            })
    return list(rows.values())


def seed(conn: Connection, now: datetime) -> int:
    """Insert missing reference items and offices; returns how many rows were added."""
    added = 0
    items = seed_items()
    for row in items:
        stmt = insert_for(conn, ref_items).values(**row).on_conflict_do_nothing()
        # RETURNING, not rowcount: psycopg reports no rowcount for ON CONFLICT DO NOTHING.
        added += len(conn.execute(stmt.returning(ref_items.c.code)).all())
    for row in items:
        if row["kind"] != "office":
            continue
        extra = json.loads(row["extra"])
        stmt = insert_for(conn, offices).values(
            code=row["code"], name=row["label_id"], tz=extra.get("tz", "WIB"),
            national=bool(extra.get("national")), active=True, created_at=now, updated_at=now,
        ).on_conflict_do_nothing()
        added += len(conn.execute(stmt.returning(offices.c.code)).all())
    return added


def load(conn: Connection) -> Reference:
    rows = conn.execute(
        select(ref_items.c.kind, ref_items.c.code, ref_items.c.label_id, ref_items.c.label_en,
               ref_items.c.sort, ref_items.c.extra).where(ref_items.c.active == 1)
    ).all()
    return Reference.from_rows([tuple(r) for r in rows])
