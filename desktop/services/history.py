"""A case's change history: every correction of its own fields, the worker's and the
complainant's, as "field: old value → new value", who, on which PC, when.

Built from the change rows the outbox already keeps (local and received), replayed in clock
order, the order every replica's merge follows: "old" is the value before, as every PC saw
it. Nothing is stored twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.domain.roles import Perm

if TYPE_CHECKING:
    from desktop.core import Core

# Whose corrections a person reads here. Left out: bookkeeping, and what the timeline
# already tells step by step (status, the officer, urgency, closure proposals).
HISTORY_ENTITIES = ("case", "worker", "complainant", "referral")
# Of a referral, only what sharing its data rests on (the panel tells the rest).
_ONLY_SHOWN = {"referral": frozenset({"legal_basis", "consent_on", "consent_by", "basis_note"})}
_NOT_SHOWN = frozenset({
    "id", "case_id", "updated_at", "created_at", "created_by", "next_contact_due",
    "case_number", "office_code", "status", "outcome", "duplicate_of", "officer", "urgent",
    "urgent_reason", "proposed_status", "proposed_outcome", "proposed_duplicate_of",
    "proposal_summary", "proposed_by", "proposed_at"})


@dataclass(frozen=True)
class FieldChange:
    entity: str  # case / worker / complainant / referral
    field: str
    old: str
    new: str
    user: str
    device: str  # this PC's label, or the short id of another PC
    at: str  # ISO UTC, as the change was recorded


class HistoryService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def of_case(self, case_key: str | int) -> list[FieldChange]:
        """Corrections, oldest first (the first values typed at intake are not corrections)."""
        self.core.require(Perm.CASE_READ)
        case = self.core.cases.resolve(case_key)
        rows = self.core.store.query(
            "SELECT entity, entity_id, op, fields, user, device, created_at FROM changes"
            # case_id != '': the partial index changes_case (else every change is read)
            f" WHERE case_id = ? AND case_id != '' AND entity IN ({', '.join('?' * len(HISTORY_ENTITIES))})"
            " ORDER BY hlc", (case["id"], *HISTORY_ENTITIES))
        current: dict[tuple[str, str], dict[str, Any]] = {}
        out: list[FieldChange] = []
        for entity, entity_id, op, fields, user, device, created_at in rows:
            values = current.setdefault((entity, entity_id), {})
            for name, value in json.loads(fields).items():
                if name in _NOT_SHOWN or name not in _ONLY_SHOWN.get(entity, (name,)):
                    continue
                old = values.get(name)
                if op == "update" and old is not None and old != value:
                    out.append(FieldChange(entity, name, _text(old), _text(value), user,
                                           self._device(device), created_at))
                values[name] = value
        return out

    def _device(self, device_id: str) -> str:
        office = self.core.office
        if device_id == office.device_id:
            return office.device_label
        return device_id[:8]


def _text(value: Any) -> str:
    return "" if value is None else str(value)
