"""Restriction of a person's data (UU PDP 27/2022 Pasal 11, issue 14 §1.2).

A supervisor restricts a case or an information request with a reason: its synced fields
restricted_at / restricted_by / restriction_reason are set (lifting sets them back to ''),
through the normal change path, so the restriction shows in the change history and
reaches every PC. A person is restricted by restricting every case and request where they
appear (`targets_of` a subject-access result).

What a restriction hides is decided where records are read: CaseService (lists, counts,
opening a case), SearchService, InquiryService, SubjectAccessService. Everyone but the
roles with Perm.RESTRICT (supervisors) stops seeing the record; a supervisor's view of it
is audited (RESTRICTED_VIEWED) on top of the ordinary read audit.

Audit rows carry counts and case numbers, never a person's identifier; lifting keeps its
reason there, since the record's own fields are emptied.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain import data_protection as pdp
from desktop.domain import inquiries as iq
from desktop.domain import validation as v
from desktop.domain.roles import Perm
from desktop.messages import HaloError, Msg
from desktop.services import audit
from desktop.services.cases import CaseNotFound

if TYPE_CHECKING:
    from desktop.core import Core
    from desktop.services.subject_access import PersonRecord
    from desktop.store.outbox import WriteTx

CASE, INQUIRY = "case", "inquiry"
_TABLES = {CASE: "cases", INQUIRY: "inquiries"}
# How many case numbers one audit row names (the counts always give the whole figure).
AUDIT_NUMBERS = 100

MSG_REASON_REQUIRED = Msg(
    "restriction_reason_required",
    "Tuliskan alasannya: mengapa data ini dibatasi, atau mengapa pembatasannya dicabut.",
    "Give the reason: why this data is restricted, or why the restriction is lifted.")
MSG_REASON_TOO_LONG = Msg(
    "restriction_reason_too_long",
    "Alasan terlalu panjang ({length} karakter); paling banyak {max} karakter, satu paragraf.",
    "The reason is too long ({length} characters); at most {max} characters, one paragraph.")
MSG_TARGET_KIND = Msg(
    "restriction_target_kind",
    "Yang dapat dibatasi hanya kasus atau permintaan informasi.",
    "Only a case or an information request can be restricted.")


@dataclass(frozen=True)
class RestrictionTarget:
    entity: str  # "case" or "inquiry"
    id: str


@dataclass(frozen=True)
class _Held:
    """A target as stored now."""

    entity: str
    id: str
    number: str  # the case number ("" for an information request)
    restricted: bool


def clean_reason(text: str | None) -> str:
    """The reason as stored: one paragraph (line breaks become spaces) of 1..MAX_REASON
    characters, no hidden characters; HaloError (field "reason") otherwise."""
    text = text or ""
    # Hidden characters refused (v.CONTROL_CHARS); the length is checked once collapsed.
    reason = " ".join(v.normalize_text(text, "reason", max_len=len(text) or 1).split())
    if not reason:
        raise HaloError(MSG_REASON_REQUIRED, field="reason")
    if len(reason) > pdp.MAX_REASON:
        raise HaloError(MSG_REASON_TOO_LONG, field="reason", length=len(reason),
                        max=pdp.MAX_REASON)
    return reason


class RestrictionService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    # -- restricting and lifting -----------------------------------------------------------
    def restrict(self, targets: Sequence[RestrictionTarget], reason: str) -> int:
        """Restrict each target not yet restricted, with `reason`; returns how many changed.
        One transaction: every update and the audit row, or nothing."""
        self.core.require(Perm.RESTRICT)
        reason = clean_reason(reason)
        with self.core.write() as tx:
            todo = [t for t in self._held(targets) if not t.restricted]
            for t in todo:
                tx.update(t.entity, t.id, {"restricted_at": tx.now, "restricted_by": tx.user,
                                           "restriction_reason": reason, "updated_at": tx.now})
            if todo:
                # The reason stays on the record (and in its change history), not here.
                self._audit(tx, audit.DATA_RESTRICTED, todo, {})
        return len(todo)

    def lift(self, targets: Sequence[RestrictionTarget], reason: str) -> int:
        """Lift the restriction of each restricted target; returns how many changed. The
        reason for lifting is kept in the audit row (the record's fields are emptied)."""
        self.core.require(Perm.RESTRICT)
        reason = clean_reason(reason)
        with self.core.write() as tx:
            todo = [t for t in self._held(targets) if t.restricted]
            for t in todo:
                tx.update(t.entity, t.id, {**dict.fromkeys(pdp.RESTRICTION_FIELDS, ""),
                                           "updated_at": tx.now})
            if todo:
                self._audit(tx, audit.DATA_RESTRICTION_LIFTED, todo, {"reason": reason})
        return len(todo)

    def _held(self, targets: Sequence[RestrictionTarget]) -> list[_Held]:
        """The targets as stored, each once, in the order given; an unknown one raises
        before anything is written."""
        out: dict[tuple[str, str], _Held] = {}
        for t in targets:
            if t.entity not in _TABLES:
                raise HaloError(MSG_TARGET_KIND, field="targets")
            if (t.entity, t.id) not in out:
                out[(t.entity, t.id)] = self._one(t)
        return list(out.values())

    def _one(self, t: RestrictionTarget) -> _Held:
        number = "case_number" if t.entity == CASE else "''"
        row = self.store.query_one(
            f"SELECT {number}, restricted_at FROM {_TABLES[t.entity]} WHERE id = ?", (t.id,))
        if row is None:
            if t.entity == CASE:
                raise CaseNotFound()
            raise HaloError(iq.MSG_UNKNOWN, field="inquiry")
        return _Held(t.entity, t.id, row[0], bool(row[1]))

    def _audit(self, tx: WriteTx, action: str, held: list[_Held], extra: dict) -> None:
        numbers = sorted(h.number for h in held if h.entity == CASE)
        self.core.audit.add(tx, action, target=numbers[0] if len(numbers) == 1 else "",
                            detail=json.dumps({
                                "cases": len(numbers),
                                "requests": sum(h.entity == INQUIRY for h in held),
                                "case_numbers": numbers[:AUDIT_NUMBERS], **extra},
                                ensure_ascii=False))

    # -- reading ---------------------------------------------------------------------------
    def targets_of(self, record: PersonRecord) -> list[RestrictionTarget]:
        """Every case and information request of a subject-access result: what restricting
        the person restricts."""
        return ([RestrictionTarget(CASE, c.case["id"]) for c in record.cases]
                + [RestrictionTarget(INQUIRY, r["id"]) for r in record.inquiries])

    def is_restricted(self, entity: str, id: str) -> bool:  # noqa: A002 - the API's name
        """Whether the case or information request is restricted (False when unknown)."""
        self.core.require(Perm.CASE_READ)
        if entity not in _TABLES:
            raise HaloError(MSG_TARGET_KIND, field="targets")
        row = self.store.query_one(
            f"SELECT restricted_at FROM {_TABLES[entity]} WHERE id = ?", (id,))
        return bool(row and row[0])

    # -- a supervisor's view of restricted data ----------------------------------------------
    def record_read(self, action: str, case: Mapping, via: str = "", detail: str = "") -> None:
        """A read of a case's personal data (opened, printed, saved) audited as `action`,
        and in the same transaction, for a restricted case, its RESTRICTED_VIEWED row."""
        with self.core.write() as tx:
            self.core.audit.add(tx, action, target=case["case_number"], detail=detail)
            self.note_view(tx, case, via=via or action)

    def note_view(self, tx: WriteTx, case: Mapping, via: str) -> None:
        """In the caller's transaction (beside its own read audit): a view of a restricted
        case, by whom may see it, is recorded as such. Nothing for an unrestricted case."""
        if case.get("restricted_at"):
            self.core.audit.add(tx, audit.RESTRICTED_VIEWED, target=case["case_number"],
                                detail=json.dumps({"via": via}))

    def note_views(self, tx: WriteTx, numbers: Sequence[str], requests: int, via: str) -> None:
        """One row for a file or a search holding several restricted records: counts and
        case numbers. Nothing when it holds none."""
        if not numbers and not requests:
            return
        shown = sorted(numbers)
        self.core.audit.add(tx, audit.RESTRICTED_VIEWED,
                            target=shown[0] if len(shown) == 1 else "",
                            detail=json.dumps({"via": via, "cases": len(shown),
                                               "requests": requests,
                                               "case_numbers": shown[:AUDIT_NUMBERS]}))
