"""Applying the changes a PC pushed: exactly once, in scope, merged field by field.

For each change, in the order the PC recorded them:
- a change id the log already holds is acknowledged again and not applied (a re-send);
- a change outside the device's office scope, or one no desktop would write, is refused
  with a reason (the PC sets it aside; the changes behind it go on). A change of a case
  that has left the office is in scope when the PC made it before it learnt of the move:
  the move is newer (clock order) than the change, or the PC had not yet pulled it (its
  cursor is before the move);
- a clock more than MAX_SKEW_MS ahead of the server's is replaced by the server's clock,
  so a PC with a wrong date cannot make its edits win forever; the PC is told;
- each field takes the pushed value when the pushed clock is newer than the field's
  version here. When the PC edited a field without having seen the version here (its
  `base` differs) and the values differ, both are kept as a conflict for a person;
- a status change that is not a valid transition from the status here is not applied: a
  conflict records it and the server re-states the current status with a newer clock,
  which every replica (the pusher included) then takes.
Everything happens in the caller's transaction: the acknowledgements are only sent after
it commits, so a lost answer means a re-send, never a second application.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, insert, or_, select, update

from desktop.domain import status as st
from desktop.domain.reference import Reference
from desktop.messages import Msg
from desktop.store.hlc import parse_hlc
from sync import protocol
from sync.server.db.tables import audit_log, cases, changes
from sync.server.services.actor import Actor
from sync.server.services.changelog import ENTITY_TABLES, ServerTx, field_versions
from sync.server.services.sync_validate import Invalid, check_change

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

STATUS_FIELDS = ("status", "outcome", "duplicate_of")


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
               ref: Reference, cursor: int | None = None) -> PushResult:
    """`cursor`: the PC's pull cursor sent with the batch (what it had seen when it sent it)."""
    tx = ServerTx(conn, actor, now)
    result = PushResult()
    now_ms = int(now.timestamp() * 1000)
    for ch in items:
        logged = conn.execute(select(changes.c.hlc).where(changes.c.change_id == ch.change_id)
                              ).scalar()
        if logged is not None:
            result.acks.append(_ack(ch, logged))
            continue
        try:
            check_change(ch, ref)
            hlc = _trusted_clock(tx, ch, now_ms, result)
            if ch.entity in protocol.PUSH_ONLY:
                _keep_record(conn, tx, actor, ch, hlc)
            else:
                _apply(conn, tx, actor, ch, hlc, result, cursor)
        except Invalid as exc:
            result.rejected.append(exc.wire(ch.change_id))
            continue
        except _Rejected as exc:
            result.rejected.append(exc.invalid.wire(ch.change_id))
            continue
        result.applied += 1
        result.acks.append(_ack(ch, hlc))
    tx.finish()
    return result


def _ack(ch: protocol.Change, hlc: str) -> dict[str, str]:
    # The clock is sent back only when the server kept another one (a re-stamp).
    return {"id": ch.change_id} if hlc == ch.hlc else {"id": ch.change_id, "hlc": hlc}


def _trusted_clock(tx: ServerTx, ch: protocol.Change, now_ms: int, result: PushResult) -> str:
    wall = parse_hlc(ch.hlc)[0]
    clock = tx.clock()
    if wall - now_ms > protocol.MAX_SKEW_MS:
        result.skew_ms = max(result.skew_ms, wall - now_ms)
        return tx.tick()
    clock.observe(ch.hlc)
    return ch.hlc


def _keep_record(conn: Connection, tx: ServerTx, actor: Actor, ch: protocol.Change,
                 hlc: str) -> None:
    """Accounts and audit entries of a PC: the server keeps them, never sends them down."""
    if ch.entity == "audit" and ch.op == "insert":
        row = ch.fields
        conn.execute(insert(audit_log).values(
            id=str(row.get("id") or ch.entity_id)[:36], at=str(row.get("at", ""))[:40],
            user=str(row.get("user", ""))[:64], device=actor.device,
            action=str(row.get("action", ""))[:60], target=str(row.get("target", ""))[:200],
            detail=str(row.get("detail", ""))[:1000], office_code=actor.office_code,
            request_id=actor.request_id[:64]))
    tx.log_pushed(ch, hlc=hlc, office_code=actor.office_code)


def _apply(conn: Connection, tx: ServerTx, actor: Actor, ch: protocol.Change, hlc: str,
           result: PushResult, cursor: int | None = None) -> None:
    table = ENTITY_TABLES[ch.entity]
    case = conn.execute(select(cases).where(cases.c.id == ch.case_id)).mappings().first()
    office = _scope_of(conn, actor, ch, case, hlc, cursor)
    row = conn.execute(select(table).where(table.c.id == ch.entity_id)).mappings().first()
    if row is not None and ch.entity != "case" and row["case_id"] != ch.case_id:
        raise _Rejected(MSG_WRONG_CASE, f"{ch.entity}.case_id")
    if row is None:
        if ch.op != "insert":
            raise _Rejected(MSG_ROW_UNKNOWN, ch.entity)
        if ch.entity != "case" and ch.fields.get("case_id") != ch.case_id:
            raise _Rejected(MSG_WRONG_CASE, f"{ch.entity}.case_id")
        _insert(conn, table, ch)
        tx.log_pushed(ch, hlc=hlc, office_code=office)
        return
    if ch.entity in protocol.APPEND_ONLY:
        tx.log_pushed(ch, hlc=hlc, office_code=office)
        return  # the first insert of an append-only row is the row
    versions = field_versions(conn, ch.entity, ch.entity_id, ch.fields)
    tx.log_pushed(ch, hlc=hlc, office_code=office)
    _merge(conn, tx, ch, hlc, row, versions, office, result)


def _scope_of(conn: Connection, actor: Actor, ch: protocol.Change, case, hlc: str,
              cursor: int | None = None) -> str:
    """The office the change's case belongs to, if this device may write it."""
    if case is None:
        if ch.entity != "case" or ch.op != "insert":
            raise _Rejected(MSG_CASE_UNKNOWN, "case")
        office = ch.fields.get("office_code", "")
        if not actor.sees_office(office):
            raise _Rejected(MSG_OUT_OF_SCOPE, "case.office_code")
        if conn.execute(select(cases.c.id).where(cases.c.case_number
                                                 == ch.fields.get("case_number"))).first():
            raise _Rejected(MSG_NUMBER_TAKEN, "case.case_number")
        return office
    if actor.sees_office(case["office_code"]):
        return case["office_code"]
    # Made on this PC before it learnt the case left its office: accepted, so nothing
    # recorded there is lost (the PC removes the case once these are pushed). The clock
    # alone does not tell: a PC offline since the move records later than it, yet without
    # knowing of it; so a move the PC had not pulled when it sent the batch counts too.
    unseen = changes.c.hlc > hlc
    if cursor is not None:
        unseen = or_(unseen, changes.c.seq > cursor)
    left_after = conn.execute(select(changes.c.seq).where(and_(
        changes.c.case_id == ch.case_id, changes.c.left_office == actor.office_code,
        unseen))).first()
    if left_after is None:
        raise _Rejected(MSG_OUT_OF_SCOPE, "case")
    return case["office_code"]


def _insert(conn: Connection, table, ch: protocol.Change) -> None:
    row = {k: v for k, v in ch.fields.items() if k in table.c}
    row["id"] = ch.entity_id
    conn.execute(insert(table).values(**row))


def _merge(conn: Connection, tx: ServerTx, ch: protocol.Change, hlc: str, row,
           versions: dict[str, str], office: str, result: PushResult) -> None:
    winners = {k: val for k, val in ch.fields.items()
               if k != "id" and hlc > versions.get(k, "")}
    concurrent = {k for k in ch.fields
                  if k not in protocol.QUIET_FIELDS and k != "id" and k in versions
                  and ch.base.get(k, "") != versions[k] and ch.fields[k] != row[k]}
    status_moves = (ch.entity == "case" and "status" in winners
                    and winners["status"] != row["status"])
    if status_moves and not _transition_ok(row, winners):
        _refuse_status(tx, ch, hlc, row, office, winners)
        result.conflicts += 1
        concurrent -= set(STATUS_FIELDS)
    for name in sorted(concurrent):
        incoming_wins = name in winners
        here = _author(conn, ch.entity, ch.entity_id, versions[name])
        kept, other = (ch.fields[name], row[name]) if incoming_wins else (row[name], ch.fields[name])
        kept_by, other_by = (ch.user, here) if incoming_wins else (here, ch.user)
        _conflict(tx, ch, name, kept, other, kept_by, other_by, "concurrent_edit", office)
        result.conflicts += 1
    if winners:
        table = ENTITY_TABLES[ch.entity]
        conn.execute(update(table).where(table.c.id == ch.entity_id).values(**winners))


def _transition_ok(row, winners: dict[str, Any]) -> bool:
    try:
        st.check_transition(row["status"], winners["status"])
    except st.StatusError:
        return False
    return True


def _refuse_status(tx: ServerTx, ch: protocol.Change, hlc: str, row, office: str,
                   winners: dict[str, Any]) -> None:
    here = _author(tx.conn, "case", ch.entity_id, "")
    _conflict(tx, ch, "status", row["status"], winners["status"], here, ch.user,
              "status_transition", office)
    for name in STATUS_FIELDS:
        winners.pop(name, None)
    current = {name: row[name] for name in STATUS_FIELDS}
    tx.clock().observe(hlc)
    tx.restate("case", ch.entity_id, current, office_code=office, case_id=ch.case_id)


def _author(conn: Connection, entity: str, entity_id: str, hlc: str) -> str:
    """Who wrote the version `hlc` of a row (the newest change of it when hlc is "")."""
    stmt = select(changes.c.user).where(changes.c.entity == entity,
                                        changes.c.entity_id == entity_id)
    stmt = stmt.where(changes.c.hlc == hlc) if hlc else stmt.order_by(changes.c.hlc.desc())
    return conn.execute(stmt.limit(1)).scalar() or ""


def _conflict(tx: ServerTx, ch: protocol.Change, name: str, kept: Any, other: Any,
              kept_by: str, other_by: str, reason: str, office: str) -> None:
    tx.insert("conflict", {
        "id": str(uuid.uuid4()), "case_id": ch.case_id, "entity": ch.entity,
        "entity_id": ch.entity_id, "field": name, "kept_value": _text(kept),
        "kept_by": kept_by, "other_value": _text(other), "other_by": other_by,
        "reason": reason, "created_at": tx.now, "resolved_at": "", "resolved_by": "",
        "resolution": "",
    }, office_code=office, case_id=ch.case_id)


def _text(value: Any) -> str:
    return "" if value is None else str(value)
