"""Applying the changes a PC pushed: exactly once, in scope, merged field by field.

For each change, in the order the PC recorded them:
- a change id the log already holds is acknowledged again and not applied (a re-send);
- a change outside the device's office scope, or one no desktop would write, is refused
  with a reason (the PC sets it aside; the changes behind it go on). A new case must carry
  a number this device makes (its office, its letter), so no device takes another's
  numbers. A change of a case that has left the office is in scope only when the server
  can tell the PC made it before it learnt of the move: the server had not yet sent the
  device the move (devices.pulled_seq, recorded with every pull answer). Never on the
  device's word: not its cursor, not a list, not its clock (it could backdate);
- a clock more than MAX_SKEW_MS ahead of the server's is replaced by the server's clock,
  so a PC with a wrong date cannot make its edits win forever; the PC is told;
- each field takes the pushed value when the pushed clock is newer than the field's
  version here. When the PC edited a field without having seen the version here (its
  `base` differs) and the values differ, both are kept as a conflict for a person;
- a status change that is not a valid transition from the status here is not applied: a
  conflict records it and the server re-states the current status with a newer clock,
  which every replica (the pusher included) then takes;
- one conflict per field and pair of concurrent editors: when a PC goes on editing a field
  it was in conflict about (its change's base is its own earlier value, one side of the
  open conflict), the conflict is re-stated with that PC's new value (through the change
  log, like the conflict itself); the superseded values stay in the history only.
Everything happens in the caller's transaction: the acknowledgements are only sent after
it commits, so a lost answer means a re-send, never a second application.

A batch is read with a few queries up front (known change ids, the cases, the rows, their
field clocks as stored: never a row's history), merged in memory in order, and written with
one statement per table at the end. The cases (and directory entries) it touches are locked
first, so concurrent pushes to one case take turns; the change log's lock is taken for the
writes at the end, with which the rows' field clocks are stored and the cases' digests moved
by the rows written (digests.shift: never a case's other rows). Changes whose clock only
the server can give (re-stamps, conflicts, re-statements) carry a placeholder that sorts
after every real clock while the batch is merged, and get real, increasing clocks at the
end.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from desktop.domain import data_protection as pdp
from desktop.domain import status as st
from desktop.domain.reference import Reference
from desktop.messages import Msg
from sync import protocol
from sync.hlc import parse_hlc
from sync.server.db.tables import (
    ENTITY_TABLES,
    audit_log,
    cases,
    changes,
    conflicts,
    devices,
    inquiries,
    offices,
)
from sync.server.services import case_clock, digests, directory, field_clocks, staff_roles
from sync.server.services.actor import Actor
from sync.server.services.changelog import SERVER_NODE, ServerTx
from sync.server.services.digests import EVERY_OFFICE
from sync.server.services.sync_validate import (
    MSG_BAD_CODE,
    MSG_READ_ONLY,
    Invalid,
    check_change,
    immutable,
)

MSG_CASE_UNKNOWN = Msg("sync_case_unknown", "Kasus ini tidak ada di server.",
                       "This case does not exist on the server.")
MSG_OUT_OF_SCOPE = Msg(
    "sync_out_of_scope",
    "Kasus ini kini ditangani kantor lain; perubahan dari komputer ini tidak diterima.",
    "This case is now handled by another office; changes from this computer are not accepted.")
MSG_ROW_UNKNOWN = Msg("sync_row_unknown", "Data yang diubah tidak ada di server.",
                      "The record changed does not exist on the server.")
MSG_NUMBER_TAKEN = Msg("sync_case_number_taken",
                       "Nomor kasus ini sudah dipakai kasus lain di server.",
                       "This case number is already used by another case on the server.")
MSG_WRONG_CASE = Msg("sync_wrong_case", "Data ini milik kasus lain.",
                     "This record belongs to another case.")
MSG_NUMBER_FOREIGN = Msg(
    "sync_case_number_foreign",
    "Nomor kasus ini bukan nomor dari komputer ini (kode kantor dan huruf komputernya tidak "
    "cocok); server tidak menerima kasusnya. Hubungi administrator pusat.",
    "This case number is not one this computer makes (its office code and computer letter "
    "do not match); the server does not accept the case. Contact the central administrator.")
MSG_ROW_EXISTS = Msg("sync_row_exists",
                     "Kasus ini sudah memiliki data tersebut di server; data kedua tidak diterima.",
                     "This case already has this record on the server; a second one is not "
                     "accepted.")
MSG_ANONYMISED = Msg(
    "sync_case_anonymised",
    "Kasus ini sudah dianonimkan karena masa retensinya berakhir; kasus ini hanya dapat "
    "dibaca dan perubahan tidak diterima lagi.",
    "This case was anonymised when its retention period ended; it can only be read and "
    "changes are no longer accepted.")
MSG_RESTRICT_ROLE = Msg(
    "sync_restriction_not_supervisor",
    "Hanya kepala seksi yang dapat membatasi data seseorang atau mencabut pembatasannya.",
    "Only a supervisor can restrict a person's data or lift the restriction.")
MSG_NOT_THE_AUTHOR = Msg(
    "sync_recorded_by_other",
    "Isian {field} harus menyebut akun yang mencatat perubahan ini.",
    "The field {field} must name the account that recorded this change.")

STATUS_FIELDS = ("status", "outcome", "duplicate_of")
# Rows a case has at most one of (the worker, the complainant).
ONE_PER_CASE = frozenset(e for e, t in ENTITY_TABLES.items()
                         if e in protocol.REPLICATED and "case_id" in t.c and t.c.case_id.unique)
CONCURRENT = "concurrent_edit"
IN_CHUNK = 500  # ids per IN (...) list
# Sorts after every real clock ("<13 digits>-..."): "~" is after the digits in ASCII.
PLACEHOLDER = "~"


@dataclass
class PushResult:
    acks: list[dict[str, str]] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)
    skew_ms: int = 0
    applied: int = 0
    conflicts: int = 0


class _Rejected(Exception):
    def __init__(self, msg: Msg, where: str = "") -> None:
        super().__init__(msg.code)
        self.invalid = Invalid(msg, where)


def apply_push(conn: Connection, actor: Actor, now: datetime, items: list[protocol.Change],
               ref: Reference) -> PushResult:
    return _Batch(conn, actor, now, ref).run(items)


def _chunks(values: list) -> list[list]:
    return [values[i:i + IN_CHUNK] for i in range(0, len(values), IN_CHUNK)]


class _Batch:
    def __init__(self, conn: Connection, actor: Actor, now: datetime, ref: Reference) -> None:
        self.conn = conn
        self.actor = actor
        self.now = now
        self.now_ms = int(now.timestamp() * 1000)
        self.ref = ref
        self.tx = ServerTx(conn, actor, now)
        self.result = PushResult()
        self.known: dict[str, str] = {}  # change id -> logged clock
        self.cases: dict[str, dict] = {}
        self.rows: dict[tuple[str, str], dict] = {}
        self.versions: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        self.inserted: dict[tuple[str, str], dict] = {}  # rows new in this batch
        self.dirty: dict[tuple[str, str], dict] = {}  # existing rows: fields to write
        self.log: list[dict] = []  # change-log rows, in order
        # The fields of the pushed changes logged, by change id (their log rows hold them as
        # JSON text: the field clocks need the names without parsing it again).
        self.pushed_fields: dict[str, dict[str, Any]] = {}
        self.audit_rows: list[dict] = []
        self.observed = ""  # the newest real clock seen (the server's clock moves past it)
        self._placeholders = 0
        self.taken_numbers: set[str] = set()
        self.singles: set[tuple[str, str]] = set()  # (entity, case id) of ONE_PER_CASE rows
        # Open concurrent-edit conflicts by (entity, entity id, field); the rows are those
        # of self.rows, so a resolution merged in this batch shows at once.
        self.open_conflicts: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
        self.conflict_log: dict[str, dict] = {}  # conflict id -> its change of this batch
        self._device: tuple[str, int] | None = None
        self._offices: set[str] | None = None
        self.clock_cases: set[str] = set()  # cases whose deadline clock a change touched
        self.restrictors: dict[str, bool] = {}  # username -> may restrict (supervisor)

    # -- reading up front ----------------------------------------------------------------
    def _prefetch(self, items: list[protocol.Change]) -> None:
        conn = self.conn
        for part in _chunks(sorted({c.change_id for c in items})):
            for change_id, hlc in conn.execute(select(changes.c.change_id, changes.c.hlc)
                                               .where(changes.c.change_id.in_(part))):
                self.known[change_id] = hlc
        fresh = [c for c in items if c.change_id not in self.known
                 and c.entity not in protocol.PUSH_ONLY]
        case_ids = sorted({c.case_id for c in fresh} - {""})
        for part in _chunks(case_ids):
            stmt = select(cases).where(cases.c.id.in_(part)).order_by(cases.c.id)
            if conn.dialect.name == "postgresql":
                # Concurrent pushes to one case take turns; other cases go on in parallel.
                # (NO KEY UPDATE: rows that name the case may still be added meanwhile.)
                stmt = stmt.with_for_update(key_share=True)
            for row in conn.execute(stmt).mappings():
                self.cases[row["id"]] = self.rows[("case", row["id"])] = dict(row)
            # Information requests are scope roots too: their office decides the scope.
            found = select(inquiries).where(inquiries.c.id.in_(part)).order_by(inquiries.c.id)
            if conn.dialect.name == "postgresql":
                found = found.with_for_update(key_share=True)  # taking turns, as cases do
            for row in conn.execute(found).mappings():
                self.cases[row["id"]] = self.rows[("inquiry", row["id"])] = dict(row)
        numbers = sorted({c.fields.get("case_number") for c in fresh
                          if c.entity == "case" and c.op == "insert"} - {None})
        for part in _chunks(numbers):
            self.taken_numbers |= {r[0] for r in conn.execute(
                select(cases.c.case_number).where(cases.c.case_number.in_(part)))}
        for entity in ONE_PER_CASE & {c.entity for c in fresh if c.op == "insert"}:
            table = ENTITY_TABLES[entity]
            for part in _chunks(case_ids):
                self.singles |= {(entity, r[0]) for r in conn.execute(
                    select(table.c.case_id).where(table.c.case_id.in_(part)))}
        wanted: dict[str, set[str]] = defaultdict(set)
        for c in fresh:
            if c.entity not in protocol.ROOTS:
                wanted[c.entity].add(c.entity_id)
        for entity, ids in wanted.items():
            table = ENTITY_TABLES[entity]
            for part in _chunks(sorted(ids)):
                stmt = select(table).where(table.c.id.in_(part))
                if entity in protocol.DIRECTORY and conn.dialect.name == "postgresql":
                    # An entry has no case to take turns on: pushes to it take turns on the
                    # entry itself, so each merges with the values and clocks the last left.
                    stmt = stmt.order_by(table.c.id).with_for_update(key_share=True)
                for row in conn.execute(stmt).mappings():
                    self.rows[(entity, row["id"])] = dict(row)
        for part in _chunks(case_ids):
            for found in conn.execute(select(conflicts).where(
                    conflicts.c.case_id.in_(part), conflicts.c.resolved_at == "",
                    conflicts.c.reason == CONCURRENT)).mappings():
                row = self.rows.setdefault(("conflict", found["id"]), dict(found))
                self.open_conflicts[(row["entity"], row["entity_id"], row["field"])].append(row)
        existing = sorted({key for key in self.rows
                           if key[0] not in protocol.ROOTS or key[1] in case_ids})
        by_entity: dict[str, list[str]] = defaultdict(list)
        for entity, entity_id in existing:
            if entity not in protocol.APPEND_ONLY:
                by_entity[entity].append(entity_id)
        # The rows' field clocks as stored (services/field_clocks.py): one lookup per chunk
        # of ids, however long each row's history.
        for entity, ids in by_entity.items():
            for entity_id, clocks in field_clocks.read(conn, entity, ids).items():
                self.versions[(entity, entity_id)] = clocks

    # -- merging in order ----------------------------------------------------------------
    def run(self, items: list[protocol.Change]) -> PushResult:
        self._prefetch(items)
        result = self.result
        for ch in items:
            if ch.change_id in self.known:
                result.acks.append(self._ack(ch, self.known[ch.change_id]))
                continue
            try:
                check_change(ch, self.ref)
                hlc = self._trusted_clock(ch)
                if ch.entity in protocol.PUSH_ONLY:
                    self._keep_record(ch, hlc)
                elif ch.entity in protocol.DIRECTORY:
                    self._apply_directory(ch, hlc)
                else:
                    self._apply(ch, hlc)
            except Invalid as exc:
                result.rejected.append(exc.wire(ch.change_id))
                continue
            except _Rejected as exc:
                result.rejected.append(exc.invalid.wire(ch.change_id))
                continue
            self.known[ch.change_id] = hlc
            result.applied += 1
            result.acks.append(self._ack(ch, hlc))
        self._flush()
        return result

    def _ack(self, ch: protocol.Change, hlc: str) -> dict[str, str]:
        # The clock is sent back only when the server kept another one (a re-stamp).
        return {"id": ch.change_id} if hlc == ch.hlc else {"id": ch.change_id, "hlc": hlc}

    def _placeholder(self) -> str:
        self._placeholders += 1
        return f"{PLACEHOLDER}{self._placeholders:08d}"

    def _trusted_clock(self, ch: protocol.Change) -> str:
        wall = parse_hlc(ch.hlc)[0]
        if wall - self.now_ms > protocol.MAX_SKEW_MS:
            self.result.skew_ms = max(self.result.skew_ms, wall - self.now_ms)
            return self._placeholder()
        self.observed = max(self.observed, ch.hlc)
        return ch.hlc

    def _keep_record(self, ch: protocol.Change, hlc: str) -> None:
        """Accounts and audit entries of a PC: the server keeps them, never sends them down."""
        actor = self.actor
        if ch.entity == "audit" and ch.op == "insert":
            row = ch.fields
            self.audit_rows.append({
                "id": str(row.get("id") or ch.entity_id)[:36], "at": str(row.get("at", ""))[:40],
                "user": str(row.get("user", ""))[:64], "device": actor.device,
                "action": str(row.get("action", ""))[:60],
                "target": str(row.get("target", ""))[:200],
                "detail": str(row.get("detail", ""))[:1000], "office_code": actor.office_code,
                "request_id": actor.request_id[:64]})
        self._log(ch, hlc, actor.office_code)

    def _log(self, ch: protocol.Change, hlc: str, office: str) -> None:
        if case_clock.touches_clock(ch.entity, ch.op, ch.fields):
            self.clock_cases.add(ch.case_id)
        self.pushed_fields[ch.change_id] = ch.fields
        self.log.append({
            "change_id": ch.change_id, "entity": ch.entity, "entity_id": ch.entity_id,
            "op": ch.op, "fields": _json(ch.fields), "hlc": hlc, "user": ch.user,
            "device": self.actor.device, "created_at": ch.created_at or self.tx.now,
            "office_code": office, "left_office": "", "case_id": ch.case_id,
            "base": _json(ch.base), "received_at": self.now})

    def _apply(self, ch: protocol.Change, hlc: str) -> None:
        case = self.cases.get(ch.case_id)
        office = self._scope_of(ch, case, hlc)
        if case is not None and case.get("anonymised_at"):
            _keep_anonymous(ch)
        self._check_authorship(ch)
        key = (ch.entity, ch.entity_id)
        row = self.rows.get(key)
        if row is not None and ch.entity not in protocol.ROOTS and row["case_id"] != ch.case_id:
            raise _Rejected(MSG_WRONG_CASE, f"{ch.entity}.case_id")
        if row is None:
            if ch.op != "insert":
                raise _Rejected(MSG_ROW_UNKNOWN, ch.entity)
            if ch.entity not in protocol.ROOTS and ch.fields.get("case_id") != ch.case_id:
                raise _Rejected(MSG_WRONG_CASE, f"{ch.entity}.case_id")
            if (ch.entity, ch.case_id) in self.singles:
                raise _Rejected(MSG_ROW_EXISTS, f"{ch.entity}.case_id")
            self._insert(ch, hlc)
            self._log(ch, hlc, office)
            return
        self._check_fixed(ch, row)
        self._log(ch, hlc, office)
        if ch.entity in protocol.APPEND_ONLY:
            return  # the first insert of an append-only row is the row
        self._merge(ch, hlc, row, office)

    def _check_authorship(self, ch: protocol.Change) -> None:
        """Who restricts a person's data must be a supervisor (the desktop asks the same,
        but a PC's word is not enough: any device could lift a restriction otherwise), and
        the restriction and a referral's consent name the account that recorded them."""
        fields = ch.fields
        if ch.entity in protocol.ROOTS and any(
                name in fields and (ch.op == "update" or fields[name])
                for name in pdp.RESTRICTION_FIELDS):
            if not self._may_restrict(ch.user):
                raise _Rejected(MSG_RESTRICT_ROLE, f"{ch.entity}.restricted_at")
            if fields.get("restricted_by", "") not in ("", ch.user):
                raise _Rejected(MSG_NOT_THE_AUTHOR, f"{ch.entity}.restricted_by")
        if ch.entity == "referral" and fields.get("consent_by", "") not in ("", ch.user):
            raise _Rejected(MSG_NOT_THE_AUTHOR, "referral.consent_by")

    def _may_restrict(self, username: str) -> bool:
        if username not in self.restrictors:
            self.restrictors[username] = staff_roles.has_role(
                self.conn, self.actor, username, pdp.RESTRICTION_ROLES)
        return self.restrictors[username]

    @staticmethod
    def _check_fixed(ch: protocol.Change, row: dict) -> None:
        for name in sorted(immutable(ch.entity).intersection(ch.fields)):
            # An insert meeting a row that exists changes nothing fixed (a case's number, its
            # office: those move only through the server's own rules).
            if name != "id" and _text(ch.fields[name]) != _text(row.get(name)):
                raise _Rejected(MSG_READ_ONLY, f"{ch.entity}.{name}")

    # -- the directory ---------------------------------------------------------------------
    def _apply_directory(self, ch: protocol.Change, hlc: str) -> None:
        """A directory entry: written only as directory.refusal allows, merged per field
        by clock without conflicts, logged for every office."""
        key = (ch.entity, ch.entity_id)
        row = self.rows.get(key)
        if row is None and ch.op != "insert":
            raise _Rejected(MSG_ROW_UNKNOWN, ch.entity)
        refused = directory.refusal(self.actor, row, ch.fields)
        if refused is not None:
            if row is not None:
                self._restate_entry(ch, row)
            raise _Rejected(*refused)
        if "office_code" in ch.fields and not directory.office_known(
                self.conn, ch.fields["office_code"], self._office_codes()):
            raise _Rejected(MSG_BAD_CODE, f"{ch.entity}.office_code")
        if row is None:
            self._insert(ch, hlc)
            self._log(ch, hlc, EVERY_OFFICE)
            return
        self._check_fixed(ch, row)
        self._log(ch, hlc, EVERY_OFFICE)
        versions = self.versions[key]
        winners = {k: v for k, v in ch.fields.items() if k != "id" and hlc > versions.get(k, "")}
        for name in winners:
            versions[name] = hlc
        if winners:
            row.update(winners)
            if key not in self.inserted:
                self.dirty.setdefault(key, {}).update(winners)

    def _restate_entry(self, ch: protocol.Change, row: dict) -> None:
        """The pusher applied a change the server refuses: the entry's values of those
        fields are logged again, newer, so that PC (every PC) takes them back."""
        current = {k: row[k] for k in ch.fields if k != "id" and k in row}
        if not current:
            return
        restate = self._placeholder()
        self.log.append(self._server_change(ch.entity, ch.entity_id, "update", current,
                                            restate, EVERY_OFFICE, ""))
        versions = self.versions[(ch.entity, ch.entity_id)]
        for name in current:
            versions[name] = restate

    def _scope_of(self, ch: protocol.Change, case: dict | None, hlc: str) -> str:
        """The office the change's case belongs to, if this device may write it."""
        actor = self.actor
        if case is None:
            if ch.entity not in protocol.ROOTS or ch.op != "insert":
                raise _Rejected(MSG_CASE_UNKNOWN, "case")
            if ch.entity == "inquiry":
                return self._new_root_office(ch)
            return self._new_case_office(ch)
        # An id is a case's or an information request's, never both; only a case has rows
        # of its own (a worker, events...).
        root = self._root_kind(ch.case_id)
        if ch.entity in protocol.ROOTS and ch.entity != root:
            raise _Rejected(MSG_WRONG_CASE, f"{ch.entity}.id")
        if ch.entity not in protocol.ROOTS and root != "case":
            raise _Rejected(MSG_CASE_UNKNOWN, "case")
        if actor.sees_office(case["office_code"]):
            return case["office_code"]
        # Made on this PC before it learnt the case left its office: accepted, so nothing
        # recorded there is lost (the PC removes the case once these are pushed). Only the
        # server's fact tells: it had not yet sent this device the move (a PC with more than
        # a batch to push gets no changes until its last batch, so all it recorded before
        # comes first). Never the device's word: not a list it sends, not its clock (a PC
        # that was sent the move could backdate its changes).
        left_after = self.conn.execute(select(changes.c.seq).where(
            changes.c.case_id == ch.case_id, changes.c.left_office == actor.office_code,
            changes.c.seq > self._pulled_seq()).limit(1)).first()
        if left_after is None:
            raise _Rejected(MSG_OUT_OF_SCOPE, "case")
        return case["office_code"]

    def _root_kind(self, root_id: str) -> str:
        return "inquiry" if ("inquiry", root_id) in self.rows and (
            "case", root_id) not in self.rows else "case"

    def _new_root_office(self, ch: protocol.Change) -> str:
        """The office of a case or information request this device creates: one it sees
        and that exists."""
        office = ch.fields.get("office_code", "")
        if not self.actor.sees_office(office):
            raise _Rejected(MSG_OUT_OF_SCOPE, f"{ch.entity}.office_code")
        if office not in self._office_codes():
            raise _Rejected(MSG_BAD_CODE, f"{ch.entity}.office_code")
        return office

    def _new_case_office(self, ch: protocol.Change) -> str:
        """The office of a case this device creates: one it sees and that exists, under a
        number of this device's own (taken by no other case)."""
        office = ch.fields.get("office_code", "")
        if not self.actor.sees_office(office):
            raise _Rejected(MSG_OUT_OF_SCOPE, "case.office_code")
        if self.actor.national and office not in self._office_codes():
            raise _Rejected(MSG_BAD_CODE, "case.office_code")
        number = ch.fields.get("case_number")
        if not self._own_number(number):
            raise _Rejected(MSG_NUMBER_FOREIGN, "case.case_number")
        if number in self.taken_numbers:
            raise _Rejected(MSG_NUMBER_TAKEN, "case.case_number")
        return office

    def _own_number(self, number: Any) -> bool:
        """Whether `number` is one this device makes: {OFFICE}-{YEAR}-{LETTER}-{SEQ:05d}
        with its office and its letter (desktop/services/cases.py); a national PC's
        numbers carry its own office, whichever office the case is for."""
        letter = self._device_row()[0]
        return isinstance(number, str) and bool(letter) and re.fullmatch(
            rf"{re.escape(self.actor.office_code)}-[0-9]{{4}}-{re.escape(letter)}-[0-9]{{5,}}",
            number) is not None

    def _device_row(self) -> tuple[str, int]:
        """(letter, pulled_seq) of the pushing device, read once per batch."""
        if self._device is None:
            row = self.conn.execute(select(devices.c.device_letter, devices.c.pulled_seq)
                                    .where(devices.c.id == self.actor.device)).first()
            self._device = (row[0], int(row[1])) if row else ("", 0)
        return self._device

    def _pulled_seq(self) -> int:
        return self._device_row()[1]

    def _office_codes(self) -> set[str]:
        if self._offices is None:
            self._offices = set(self.conn.scalars(select(offices.c.code)))
        return self._offices

    def _insert(self, ch: protocol.Change, hlc: str) -> None:
        table = ENTITY_TABLES[ch.entity]
        row = {k: v for k, v in ch.fields.items() if k in table.c}
        row["id"] = ch.entity_id
        key = (ch.entity, ch.entity_id)
        self.inserted[key] = row
        self.rows[key] = row
        self.versions[key] = {name: hlc for name in row}
        if ch.entity in protocol.ROOTS:
            self.cases[ch.entity_id] = row
        if ch.entity == "case":
            self.taken_numbers.add(row.get("case_number"))
        if ch.entity in ONE_PER_CASE:
            self.singles.add((ch.entity, ch.case_id))

    def _merge(self, ch: protocol.Change, hlc: str, row: dict, office: str) -> None:
        key = (ch.entity, ch.entity_id)
        versions = self.versions[key]
        winners = {k: val for k, val in ch.fields.items()
                   if k != "id" and hlc > versions.get(k, "")}
        # Two people settling one conflict differently: one conflict about the choice,
        # not three (when and by whom follow the choice that won).
        quiet = (protocol.QUIET_FIELDS | {"resolved_at", "resolved_by"}
                 if ch.entity in protocol.SERVER_MADE else protocol.QUIET_FIELDS)
        # A conflict belongs to a case (its row names one): a root of its own that is not a
        # case (an information request) merges newest-wins without one.
        concurrent = {k for k in ch.fields
                      if k not in quiet and k != "id" and k in versions
                      and ch.base.get(k, "") != versions[k] and ch.fields[k] != row.get(k)
                      } if ch.entity not in protocol.ROOTS - {"case"} else set()
        status_moves = (ch.entity == "case" and "status" in winners
                        and winners["status"] != row["status"])
        if status_moves and not _transition_ok(row, winners):
            self._refuse_status(ch, row, office, winners)
            concurrent -= set(STATUS_FIELDS)
        written = concurrent | {k for k in winners if k not in quiet}
        for name in sorted(written):
            carried = self._carried_conflict(ch, name)
            if carried is not None:
                self._carry_forward(*carried, ch, name, row, name in winners,
                                    name in concurrent, office)
            elif name in concurrent:
                incoming_wins = name in winners
                here = self._author(ch.entity, ch.entity_id, versions[name])
                kept, other = ((ch.fields[name], row.get(name)) if incoming_wins
                               else (row.get(name), ch.fields[name]))
                kept_by, other_by = (ch.user, here) if incoming_wins else (here, ch.user)
                self._conflict(ch, name, kept, other, kept_by, other_by, CONCURRENT, office)
        for name in winners:
            versions[name] = hlc
        if winners:
            row.update(winners)
            if key not in self.inserted:
                self.dirty.setdefault(key, {}).update(winners)

    # -- one conflict per field and pair of editors ----------------------------------------
    def _carried_conflict(self, ch: protocol.Change, name: str) -> tuple[dict, str] | None:
        """The open conflict about this field that `ch` carries on, and the value it
        replaces: its device replaced its own earlier value (`ch`'s base), one side of the
        conflict, with a new value."""
        candidates = [c for c in self.open_conflicts.get((ch.entity, ch.entity_id, name), ())
                      if not c["resolved_at"]]
        if not candidates:
            return None
        replaced = self._own_value_at(ch.entity, ch.entity_id, name, ch.base.get(name, ""))
        if replaced is None:
            return None
        new = _text(ch.fields[name])
        for c in candidates:
            sides = (c["kept_value"], c["other_value"])
            # Choosing one of the two values (settling it by hand) carries nothing on.
            if replaced in sides and new not in sides:
                return c, replaced
        return None

    def _own_value_at(self, entity: str, entity_id: str, name: str, hlc: str) -> str | None:
        """The value of `name` the change at `hlc` wrote, if this device pushed that change
        (None otherwise: another PC's value, or one the server wrote)."""
        if not _pc_clock(hlc):
            return None
        found = next(((e["fields"], e["device"]) for e in reversed(self.log)
                      if e["entity"] == entity and e["entity_id"] == entity_id
                      and e["hlc"] == hlc), None)
        if found is None:
            found = self.conn.execute(select(changes.c.fields, changes.c.device).where(
                changes.c.entity == entity, changes.c.entity_id == entity_id,
                changes.c.hlc == hlc).limit(1)).first()
        if found is None or found[1] != self.actor.device:
            return None
        fields = json.loads(found[0])
        return _text(fields[name]) if name in fields else None

    def _carry_forward(self, c: dict, replaced: str, ch: protocol.Change, name: str,
                       row: dict, wins: bool, concurrent: bool, office: str) -> None:
        """The conflict `c` holds `ch`'s value in place of the one it replaced, against the
        value it is concurrent with (or, going on from a value kept, the same other side)."""
        new = _text(ch.fields[name])
        if not wins or concurrent:
            here = _text(row.get(name))
            here_by = self._author(ch.entity, ch.entity_id,
                                   self.versions[(ch.entity, ch.entity_id)].get(name, ""))
        if not wins:
            values = {"kept_value": here, "kept_by": here_by, "other_value": new,
                      "other_by": ch.user}
        elif concurrent:
            values = {"kept_value": new, "kept_by": ch.user, "other_value": here,
                      "other_by": here_by}
        else:  # the PC's own value was the one here: the other side stays
            side = "other" if replaced == c["kept_value"] else "kept"
            values = {"kept_value": new, "kept_by": ch.user,
                      "other_value": c[f"{side}_value"], "other_by": c[f"{side}_by"]}
        self._restate_conflict(c, values, office)

    def _restate_conflict(self, c: dict, values: dict[str, str], office: str) -> None:
        """Write new values of a conflict through the change log (every PC converges)."""
        changed = {k: v for k, v in values.items() if c[k] != v}
        if not changed:
            return
        c.update(changed)
        key = ("conflict", c["id"])
        entry = self.conflict_log.get(c["id"])
        if key in self.inserted:  # made by this batch: its insert carries the final values
            entry["fields"] = _json(c)
            return
        self.dirty.setdefault(key, {}).update(changed)
        if entry is None:
            entry = self._server_change("conflict", c["id"], "update", {}, self._placeholder(),
                                        office, c["case_id"])
            self.log.append(entry)
            self.conflict_log[c["id"]] = entry
        entry["fields"] = _json({**json.loads(entry["fields"]), **changed})
        versions = self.versions[key]
        for name in changed:
            versions[name] = entry["hlc"]

    def _refuse_status(self, ch: protocol.Change, row: dict, office: str,
                       winners: dict[str, Any]) -> None:
        here = self._author("case", ch.entity_id, "")
        self._conflict(ch, "status", row["status"], winners["status"], here, ch.user,
                       "status_transition", office)
        for name in STATUS_FIELDS:
            winners.pop(name, None)
        # Re-stated newer than the refused change, so every replica takes the current ones.
        current = {name: row[name] for name in STATUS_FIELDS}
        restate = self._placeholder()
        self.log.append(self._server_change("case", ch.entity_id, "update", current, restate,
                                            office, ch.case_id))
        versions = self.versions[("case", ch.entity_id)]
        for name in STATUS_FIELDS:
            versions[name] = restate

    def _author(self, entity: str, entity_id: str, hlc: str) -> str:
        """Who wrote the version `hlc` of a row (the newest change of it when hlc is "")."""
        for entry in reversed(self.log):
            if entry["entity"] == entity and entry["entity_id"] == entity_id and (
                    not hlc or entry["hlc"] == hlc):
                return entry["user"]
        stmt = select(changes.c.user).where(changes.c.entity == entity,
                                            changes.c.entity_id == entity_id)
        stmt = stmt.where(changes.c.hlc == hlc) if hlc else stmt.order_by(changes.c.hlc.desc())
        return self.conn.execute(stmt.limit(1)).scalar() or ""

    def _conflict(self, ch: protocol.Change, name: str, kept: Any, other: Any, kept_by: str,
                  other_by: str, reason: str, office: str) -> None:
        row = {"id": str(uuid.uuid4()), "case_id": ch.case_id, "entity": ch.entity,
               "entity_id": ch.entity_id, "field": name, "kept_value": _text(kept),
               "kept_by": kept_by, "other_value": _text(other), "other_by": other_by,
               "reason": reason, "created_at": self.tx.now, "resolved_at": "",
               "resolved_by": "", "resolution": ""}
        self.inserted[("conflict", row["id"])] = self.rows[("conflict", row["id"])] = row
        entry = self._server_change("conflict", row["id"], "insert", row, self._placeholder(),
                                    office, ch.case_id)
        self.log.append(entry)
        self.conflict_log[row["id"]] = entry
        if reason == CONCURRENT:
            self.open_conflicts[(ch.entity, ch.entity_id, name)].append(row)
        self.result.conflicts += 1

    def _server_change(self, entity: str, entity_id: str, op: str, fields: dict, hlc: str,
                       office: str, case_id: str) -> dict:
        return {"change_id": str(uuid.uuid4()), "entity": entity, "entity_id": entity_id,
                "op": op, "fields": _json(fields), "hlc": hlc, "user": self.actor.user,
                "device": self.actor.device, "created_at": self.tx.now, "office_code": office,
                "left_office": "", "case_id": case_id, "base": "{}", "received_at": self.now}

    # -- writing at the end --------------------------------------------------------------
    def _flush(self) -> None:
        conn = self.conn
        written = [*self.inserted, *self.dirty]
        if written or self.log:
            # The change log's lock first: no other writer of synced rows commits between
            # the rows' digests read before the writes and after them (digests.shift).
            self.tx.clock()
        before = digests.row_digests(conn, self.dirty)
        by_table: dict[str, list[dict]] = defaultdict(list)
        for (entity, _id), row in self.inserted.items():
            by_table[entity].append(row)
        # Parents first: a case before the rows that name it.
        for entity in ("case", *[e for e in by_table if e != "case"]):
            rows = by_table.get(entity)
            if not rows:
                continue
            groups: dict[tuple, list[dict]] = defaultdict(list)
            for row in rows:
                groups[tuple(sorted(row))].append(row)
            for group in groups.values():
                conn.execute(insert(ENTITY_TABLES[entity]), group)
        updates: dict[tuple, list[dict]] = defaultdict(list)
        for (entity, entity_id), fields in self.dirty.items():
            updates[(entity, tuple(sorted(fields)))].append({"_id": entity_id, **fields})
        for (entity, names), rows in updates.items():
            table = ENTITY_TABLES[entity]
            stmt = (update(table).where(table.c.id == bindparam("_id"))
                    .values({n: bindparam(n) for n in names}))
            conn.execute(stmt, rows)
        if self.audit_rows:
            conn.execute(insert(audit_log), self.audit_rows)
        # After the rows are written: the clocks read the status history just merged.
        case_clock.refresh(conn, self.clock_cases, self.now)
        if self.log:
            self._clock_the_placeholders()
            conn.execute(insert(changes), self.log)
            self._note_clocks()
        # The cases' digests move by the rows written, not by the rows the cases hold.
        digests.shift(conn, before, digests.row_digests(conn, written))
        self.tx.finish()

    def _note_clocks(self) -> None:
        """The logged changes' field clocks, for ServerTx.finish to store: after the
        placeholders got their real clocks (what is stored is what the log says)."""
        book = self.tx.clocks
        for entry in self.log:
            if entry["entity"] not in field_clocks.CLOCKED:
                continue
            names = self.pushed_fields.get(entry["change_id"])
            if names is None:  # the server's own change (a conflict, a re-statement)
                names = json.loads(entry["fields"])
            key = (entry["entity"], entry["entity_id"])
            book.note(*key, names, entry["hlc"], new=key in self.inserted)

    def _clock_the_placeholders(self) -> None:
        """Real server clocks for the placeholders, in order, after everything observed."""
        clock = self.tx.clock()  # takes the change log's lock: appends commit in seq order
        if self.observed:
            clock.observe(self.observed)
        real: dict[str, str] = {}
        for entry in self.log:
            if entry["hlc"].startswith(PLACEHOLDER):
                real[entry["hlc"]] = self.tx.tick()
                entry["hlc"] = real[entry["hlc"]]
        if real:
            for ack in self.result.acks:
                if ack.get("hlc", "").startswith(PLACEHOLDER):
                    ack["hlc"] = real[ack["hlc"]]


# What an anonymised case (or information request) still takes: a supervisor's restriction
# of it, and the settling of a conflict (sync_validate allows only its resolution fields).
_AFTER_ANONYMISATION = frozenset({*pdp.RESTRICTION_FIELDS, "updated_at"})


def _keep_anonymous(ch: protocol.Change) -> None:
    """A case (or information request) the retention run anonymised is read-only, whatever
    the change's clock: a PC that was offline cannot bring personal data back, add a step or
    an attachment, or reopen it (its closing day is what its retention counted from)."""
    if ch.entity == "conflict":
        return
    if ch.entity in protocol.ROOTS and ch.op == "update" and (
            ch.fields.keys() <= _AFTER_ANONYMISATION):
        return
    raise _Rejected(MSG_ANONYMISED, ch.entity)


def _pc_clock(hlc: str) -> bool:
    """Whether `hlc` is a clock a PC stamped (not the server's, nor a placeholder)."""
    try:
        return parse_hlc(hlc)[2] != SERVER_NODE
    except ValueError:
        return False


def _transition_ok(row: dict, winners: dict[str, Any]) -> bool:
    try:
        st.check_transition(row["status"], winners["status"])
    except st.StatusError:
        return False
    return True


def _json(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _text(value: Any) -> str:
    return "" if value is None else str(value)
