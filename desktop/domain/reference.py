"""Reference lists (categories, channels, document types, ...) loaded from the store.

They are data so central can extend them; code only knows the few codes the rules need.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

KINDS = (
    "category", "channel", "document_type", "event_type", "outcome", "status",
    "relation", "complainant_type", "job", "country", "office",
)


def seed_reference() -> dict:
    return json.loads(resources.files("desktop.seed").joinpath("reference.json").read_text("utf-8"))


@dataclass(frozen=True)
class RefItem:
    kind: str
    code: str
    label_id: str
    label_en: str
    sort: int
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id


class Reference:
    def __init__(self, items: list[RefItem]) -> None:
        self._by_kind: dict[str, list[RefItem]] = {}
        self._index: dict[tuple[str, str], RefItem] = {}
        for item in sorted(items, key=lambda i: (i.kind, i.sort, i.code)):
            self._by_kind.setdefault(item.kind, []).append(item)
            self._index[(item.kind, item.code)] = item

    @classmethod
    def from_rows(cls, rows: list[tuple]) -> Reference:
        return cls([RefItem(k, c, li, le, s, json.loads(x or "{}")) for k, c, li, le, s, x in rows])

    @classmethod
    def from_seed(cls, seed: dict | None = None) -> Reference:
        seed = seed or seed_reference()
        items = [
            RefItem(kind, it["code"], it["id"], it["en"], it.get("sort", 0), it.get("extra", {}))
            for kind, lst in seed.items() if isinstance(lst, list) for it in lst
        ]
        return cls(items)

    def items(self, kind: str) -> list[RefItem]:
        return list(self._by_kind.get(kind, []))

    def get(self, kind: str, code: str) -> RefItem | None:
        return self._index.get((kind, code))

    def has(self, kind: str, code: str) -> bool:
        return (kind, code) in self._index

    def label(self, kind: str, code: str, lang: str = "id") -> str:
        item = self._index.get((kind, code))
        return item.label(lang) if item else code

    def extra(self, kind: str, code: str) -> dict[str, Any]:
        item = self._index.get((kind, code))
        return item.extra if item else {}
