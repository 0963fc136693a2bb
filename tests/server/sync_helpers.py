"""Helpers of the server's sync tests: a device's push-and-pull round, desktop-shaped changes,
and what the server holds about a device or a case's move."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from sync import protocol
from sync.hlc import format_hlc, now_ms, parse_hlc
from sync.server.db.tables import changes, devices
from tests.server.helpers import Device

_ids = itertools.count(1)


def real_time(clock) -> None:
    """Set the test server's clock to real time: the server's hybrid clock always reads the
    real time, and a pushed clock far from the server's time would be re-stamped."""
    clock.now = datetime.now(UTC)


def hlc(wall_ms: int | None = None, node: str = "pc000001") -> str:
    return format_hlc(now_ms() if wall_ms is None else wall_ms, 0, node)


def wall(hlc_text: str) -> int:
    return parse_hlc(hlc_text)[0]


def round_trip(client, device: Device, changes_: list[dict], cursor: int = 0,
               **extra) -> dict:
    """One POST /api/v1/sync of `device`; the decoded answer (the status must be 200)."""
    body = protocol.encode({"v": protocol.VERSION, "cursor": cursor, "changes": changes_,
                            **extra})
    resp = client.post(protocol.SYNC_PATH, headers=device.headers, content=body)
    assert resp.status_code == 200, resp.text
    return protocol.decode(resp.content)


def change(entity: str, entity_id: str, case_id: str, fields: dict, clock: str, *,
           op: str = "update", change_id: str | None = None, user: str = "kasi",
           base: dict | None = None) -> dict:
    out = {"change_id": change_id or str(uuid.uuid4()), "entity": entity,
           "entity_id": entity_id, "case_id": case_id, "op": op, "fields": fields,
           "hlc": clock, "user": user, "device": "pc", "created_at": "2026-12-01T03:00:00Z"}
    if base:
        out["base"] = base
    return out


def number_of(device: Device, seq: int | None = None, year: int = 2026) -> str:
    """A case number as the device's desktop makes it (desktop/services/cases.py)."""
    return f"{device.office}-{year}-{device.letter}-{seq or next(_ids):05d}"


def case_fields(case_id: str, number: str, office: str) -> dict:
    return {"id": case_id, "case_number": number, "office_code": office, "status": "baru",
            "category": "gaji_tidak_dibayar", "channel": "telepon", "complainant_type": "",
            "received_at": "2026-12-01T03:00:00Z", "description": "Gaji belum dibayar.",
            "outcome": "", "duplicate_of": "", "next_contact_due": "",
            "created_at": "2026-12-01T03:00:00Z", "created_by": "kasi",
            "updated_at": "2026-12-01T03:00:00Z"}


def case_insert(device: Device, clock: str, number: str | None = None,
                office: str | None = None, case_id: str | None = None) -> dict:
    """The insert of a case recorded on `device` (its own number unless one is given)."""
    case_id = case_id or str(uuid.uuid4())
    fields = case_fields(case_id, number or number_of(device), office or device.office)
    return change("case", case_id, case_id, fields, clock, op="insert")


def event_insert(case_id: str, clock: str, summary: str = "Konsultasi.") -> dict:
    event_id = str(uuid.uuid4())
    return change("event", event_id, case_id, {
        "id": event_id, "case_id": case_id, "event_type": "konsultasi",
        "occurred_at": "2026-12-01T03:00:00Z", "recorded_at": "2026-12-01T03:00:00Z",
        "user": "kasi", "device": "pc", "summary": summary, "channel": "",
        "next_contact_due": "", "data": "{}"}, clock, op="insert")


def pulled_seq(ctx, device: Device) -> int:
    with ctx.db.read() as conn:
        return conn.scalar(select(devices.c.pulled_seq).where(devices.c.id == device.device_id))


def move_of(ctx, case_id: str):
    """The change that took the case from its office: (seq, hlc)."""
    with ctx.db.read() as conn:
        return conn.execute(select(changes.c.seq, changes.c.hlc).where(
            changes.c.case_id == case_id, changes.c.left_office != "")
            .order_by(changes.c.seq.desc())).first()
