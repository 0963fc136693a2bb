"""Concurrent edits the server kept both sides of: shown on the case, settled by a person.

A conflict names one field of one row, the value kept and the other value. Settling it is
an ordinary change like any other (it syncs to every PC of the case): the chosen value is
written to the field when it is not already there, and the conflict row records who chose
and what. A refused status change is settled through the status rules, like any status
change, so choosing it again still needs a valid transition and the right role.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.roles import Perm
from desktop.messages import HaloError, Msg
from desktop.store.schema import SYNCED_TABLES
from sync.protocol import REPLICATED

if TYPE_CHECKING:
    from desktop.core import Core

KEEP, TAKE_OTHER = "kept", "other"
EDITABLE_ENTITIES = ("case", "worker", "complainant", "document")

MSG_UNKNOWN = Msg("conflict_not_found", "Perbedaan data ini tidak ditemukan.",
                  "This conflict was not found.")
MSG_SETTLED = Msg("conflict_settled", "Perbedaan data ini sudah diselesaikan oleh {who}.",
                  "This conflict was already settled by {who}.")
MSG_CHOICE = Msg("conflict_choice", "Pilih nilai yang dipertahankan atau nilai yang lain.",
                 "Choose the value that was kept or the other value.")


class ConflictError(HaloError):
    pass


@dataclass(frozen=True)
class Conflict:
    id: str
    case_id: str
    entity: str
    entity_id: str
    field: str
    kept_value: str
    kept_by: str
    other_value: str
    other_by: str
    reason: str  # concurrent_edit | status_transition
    created_at: str
    resolved_at: str
    resolved_by: str
    resolution: str

    @property
    def open(self) -> bool:
        return not self.resolved_at


class ConflictService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    def of_case(self, case_id: str) -> list[Conflict]:
        self.core.require(Perm.CASE_READ)
        rows = self.store.query_dicts(
            "SELECT * FROM conflicts WHERE case_id = ? ORDER BY resolved_at != '', created_at",
            (case_id,))
        return [Conflict(**r) for r in rows]

    def open_count(self) -> int:
        return self.store.query_one("SELECT count(*) FROM conflicts WHERE resolved_at = ''")[0]

    def first_open_case(self) -> int | None:
        """The seq of the case with the oldest open conflict (None: nothing to settle)."""
        self.core.require(Perm.CASE_READ)
        row = self.store.query_one(
            "SELECT c.seq FROM conflicts x JOIN cases c ON c.id = x.case_id"
            f" WHERE x.resolved_at = '' AND {self.core.cases.visible_sql('c')}"
            " ORDER BY x.created_at LIMIT 1")
        return row[0] if row else None

    def settle(self, conflict_id: str, choice: str) -> Conflict:
        """Keep the value that won, or take the other one; returns the settled conflict."""
        core = self.core
        core.require(Perm.CASE_EDIT)
        if choice not in (KEEP, TAKE_OTHER):
            raise ConflictError(MSG_CHOICE, field="conflict.choice")
        rows = self.store.query_dicts("SELECT * FROM conflicts WHERE id = ?", (conflict_id,))
        if not rows:
            raise ConflictError(MSG_UNKNOWN)
        c = Conflict(**rows[0])
        core.cases.resolve_for_edit(c.case_id)  # restricted, anonymised: refused
        if not c.open:
            raise ConflictError(MSG_SETTLED, who=c.resolved_by or "-")
        value = c.kept_value if choice == KEEP else c.other_value
        if c.entity == "case" and c.field == "status":
            current = core.cases.resolve(c.case_id)["status"]
            if value != current:
                # Through the pipeline's rules (role, transition, outcome), like any change.
                core.cases.change_status(c.case_id, value, note="")
        with core.write() as tx:
            # The names come from the server: only a column that really travels is used.
            known = c.entity in EDITABLE_ENTITIES and c.field in REPLICATED[c.entity]
            if known and not (c.entity == "case" and c.field == "status"):
                table = SYNCED_TABLES[c.entity]
                row = self.store.query_one(f"SELECT {c.field} FROM {table} WHERE id = ?",
                                           (c.entity_id,))
                if row is not None and str(row[0]) != value:
                    tx.update(c.entity, c.entity_id, {c.field: value})
                    tx.update("case", c.case_id, {"updated_at": tx.now})
            tx.update("conflict", c.id, {"resolved_at": tx.now, "resolved_by": tx.user,
                                         "resolution": choice})
        return Conflict(**self.store.query_dicts("SELECT * FROM conflicts WHERE id = ?",
                                                 (conflict_id,))[0])
