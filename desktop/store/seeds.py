"""What every new store starts with besides its schema: the reference lists and the
stakeholder directory's seed (desktop/seed/*.json; data, not code)."""

from __future__ import annotations

import json
from importlib import resources

from sync import protocol


def load_reference(conn, reference: dict) -> None:
    """Seed or extend the reference lists (categories, channels, ...): data, not code."""
    for kind, items in reference.items():
        if not isinstance(items, list):
            continue
        for item in items:
            conn.execute(
                "INSERT INTO ref_items (kind, code, label_id, label_en, sort, active, extra)"
                " VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT(kind, code) DO UPDATE SET"
                " label_id = excluded.label_id, label_en = excluded.label_en, sort = excluded.sort,"
                " extra = excluded.extra",
                (kind, item["code"], item["id"], item["en"], item.get("sort", 0),
                 json.dumps(item.get("extra", {}), ensure_ascii=False)),
            )


def directory_seed() -> list[protocol.Change]:
    """The directory's seed entries as the changes the server logs for them (same ids,
    values and clock on every replica)."""
    text = resources.files("desktop.seed").joinpath("stakeholders.json").read_text("utf-8")
    return protocol.directory_seed(json.loads(text))
