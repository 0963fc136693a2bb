"""Helpers of the retention tests (issue 14 §1.3): cases an office pushed, closed on a given
day with a person's data in every kind of row, information requests, and what the server
holds of them afterwards."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from sync.server.db.tables import (
    ENTITY_TABLES,
    audit_log,
    blob_chunks,
    blob_owners,
    blobs,
    changes,
)
from sync.server.services import sync_pull
from sync.server.services.actor import Actor, cli_actor
from tests.server.helpers import Device
from tests.server.sync_helpers import change, hlc, number_of, round_trip

AS_OF = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
NAME, NIK, PHONE = "Dewi Lestari", "3578014101800001", "+6281234567890"
PERSONAL_TEXT = ("Dewi Lestari", "Siti Aminah", NIK, "B1234567", "0812", "Kenanga",
                 "Tan Ah Kow", "disiksa", "ktp-dewi.pdf", "Rina Wati", "Berapa biaya")


def instant(day: str, hour: int = 3) -> str:
    return f"{day}T{hour:02d}:00:00.000000Z"


def push(client, device: Device, items: list[dict]) -> dict:
    answer = round_trip(client, device, items)
    assert answer["rejected"] == [], answer["rejected"]
    return answer


def closed_case(client, device: Device, closed_at: str | None, *, status: str = "ditutup",
                received_at: str = "2018-01-15T03:00:00.000000Z", content: bytes | None = None,
                reopened_at: str | None = None, closed_again_at: str | None = None) -> dict:
    """A case `device` recorded (received long ago) with a worker, a complainant, a timeline
    entry, an attachment, a referral, a summons and a conflict, all holding personal data;
    closed at `closed_at` (None: left open). Returns its ids."""
    case_id, worker_id, person_id = (str(uuid.uuid4()) for _ in range(3))
    number = number_of(device)
    case = {"id": case_id, "case_number": number, "office_code": device.office,
            "status": status if closed_at else "proses", "category": "penganiayaan",
            "channel": "telepon", "complainant_type": "", "received_at": received_at,
            "description": "Dewi Lestari disiksa majikan di Johor.",
            "outcome": "dipulangkan" if closed_at else "", "duplicate_of": "",
            "next_contact_due": "", "created_at": received_at, "created_by": "kasi",
            "updated_at": closed_at or received_at, "urgent_reason": "Disiksa."}
    worker = {"id": worker_id, "case_id": case_id, "name": NAME, "sex": "P",
              "birth_date": "1995-03-12", "nik": NIK, "passport": "B1234567", "phone": PHONE,
              "address": "Jl. Kenanga 5, Surabaya", "province": "35",
              "destination_country": "MY", "employer_name": "Tan Ah Kow"}
    person = {"id": person_id, "case_id": case_id, "name": "Siti Aminah", "relation": "ibu",
              "phones": PHONE, "address": "Jl. Kenanga 5, Surabaya"}
    items = [change("case", case_id, case_id, case, hlc(), op="insert"),
             change("worker", worker_id, case_id, worker, hlc(), op="insert"),
             change("complainant", person_id, case_id, person, hlc(), op="insert"),
             _event(case_id, "konsultasi", "Dewi Lestari menelepon 0812-3456-7890.",
                    received_at, {"spoke_with": "Siti Aminah"})]
    referral_id, summons_id = str(uuid.uuid4()), str(uuid.uuid4())
    items.append(change("referral", referral_id, case_id, {
        "id": referral_id, "case_id": case_id, "addressee": "KBRI Kuala Lumpur",
        "method": "surat", "sent_on": "2018-02-01", "request": "Mohon bantuan untuk Dewi Lestari.",
        "created_by": "kasi", "created_at": received_at, "updated_at": received_at},
        hlc(), op="insert"))
    items.append(change("summons", summons_id, case_id, {
        "id": summons_id, "case_id": case_id, "agency": "PT Maju Jaya",
        "meeting_at": instant("2018-02-10"), "place": "Kantor BP3MI",
        "result": "PT mengakui Dewi Lestari belum digaji.", "created_by": "kasi",
        "created_at": received_at, "updated_at": received_at}, hlc(), op="insert"))
    for at, moves in ((closed_at, ("proses", status)), (reopened_at, (status, "proses")),
                      (closed_again_at, ("proses", status))):
        if at:
            kind = "dibuka_kembali" if moves[1] == "proses" else "perubahan_status"
            items.append(_event(case_id, kind, "", at, {"from": moves[0], "to": moves[1]}))
    push(client, device, items)
    # No base: an edit made without seeing the insert's name, so the server keeps both.
    answer = round_trip(client, device, [change("worker", worker_id, case_id,
                                                {"name": "Dewi Lestary"}, hlc())])
    assert answer["rejected"] == []
    sha = None
    if content is not None:
        sha = attach(client, device, case_id, content)
    return {"id": case_id, "number": number, "worker": worker_id, "complainant": person_id,
            "referral": referral_id, "summons": summons_id, "sha": sha}


def _event(case_id: str, event_type: str, summary: str, at: str, data: dict) -> dict:
    event_id = str(uuid.uuid4())
    return change("event", event_id, case_id, {
        "id": event_id, "case_id": case_id, "event_type": event_type, "occurred_at": at,
        "recorded_at": at, "user": "kasi", "device": "pc", "summary": summary, "channel": "",
        "next_contact_due": "", "data": json.dumps(data)}, hlc(), op="insert")


def attach(client, device: Device, case_id: str, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    att_id = str(uuid.uuid4())
    push(client, device, [change("attachment", att_id, case_id, {
        "id": att_id, "case_id": case_id, "sha256": sha, "filename": "ktp-dewi.pdf",
        "mime": "application/pdf", "size": len(data), "note": "KTP Dewi Lestari",
        "created_at": "t", "created_by": "kasi", "doc_type": ""}, hlc(), op="insert")])
    resp = client.put(f"/api/v1/blobs/{sha}?offset=0", headers=device.headers, content=data)
    assert resp.status_code == 200 and resp.json()["complete"], resp.text
    return sha


def inquiry(client, device: Device, received_at: str) -> str:
    row = {"id": str(uuid.uuid4()), "office_code": device.office, "channel": "telepon",
           "topic": "biaya_penempatan", "question": "Berapa biaya ke Taiwan, kata Rina Wati?",
           "answer": "Dijelaskan.", "name": "Rina Wati", "phone": PHONE,
           "complainant_type": "", "received_at": received_at, "complaint_id": "",
           "complaint_number": "", "created_by": "kasi", "created_at": received_at,
           "updated_at": received_at}
    push(client, device, [change("inquiry", row["id"], row["id"], row, hlc(), op="insert")])
    return row["id"]


def central(ctx) -> Actor:
    return cli_actor("PST")


def rows_of(ctx, case_id: str) -> dict[str, list[dict]]:
    """Every row of the case, by entity."""
    out = {}
    with ctx.db.read() as conn:
        for entity, table in ENTITY_TABLES.items():
            key = "id" if entity in ("case", "inquiry") else "case_id"
            if key not in table.c or entity in ("user", "stakeholder"):
                continue
            out[entity] = [dict(r) for r in conn.execute(
                select(table).where(table.c[key] == case_id)).mappings()]
    return out


def logged_fields(ctx, root_id: str) -> str:
    """Every logged change of a case or request, its fields as one text."""
    with ctx.db.read() as conn:
        return "\n".join(conn.scalars(select(changes.c.fields).where(changes.c.case_id == root_id)))


def stored_content(ctx, sha: str) -> tuple[int, int, int]:
    """(blob rows, chunks, owners) the server keeps of a content."""
    with ctx.db.read() as conn:
        return tuple(conn.scalar(select(func.count()).select_from(t).where(t.c.sha256 == sha))
                     for t in (blobs, blob_chunks, blob_owners))


def audit_rows(ctx, action: str) -> list[dict]:
    with ctx.db.read() as conn:
        return [dict(r) for r in conn.execute(select(audit_log).where(
            audit_log.c.action == action).order_by(audit_log.c.at, audit_log.c.id)).mappings()]


def digests_agree(ctx, device: Device) -> bool:
    actor = Actor(user="t", device=device.device_id, office_code=device.office, national=False)
    with ctx.db.read() as conn:
        return sync_pull.checksum(conn, actor) == sync_pull.compute_checksum(conn, actor)


def change_count(ctx) -> int:
    with ctx.db.read() as conn:
        return conn.scalar(select(func.count()).select_from(changes))
