"""Helpers of the audit-trail reading tests: accounts of each role, audit rows pushed by a
PC, a device's request as one of its staff, and the server's own trail."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select

from sync.server.db.tables import audit_log
from tests.server.helpers import Device
from tests.server.sync_helpers import change, hlc, round_trip

URL = "/api/v1/audit"
PASSWORD = "rahasia-123"


def add_account(client, pst: Device, username: str, office: str, role: str) -> dict:
    """A central account, created by the national office's device."""
    resp = client.post("/api/v1/staff", headers=pst.headers, json={
        "username": username, "full_name": username.title(), "office_code": office,
        "role": role, "password": PASSWORD})
    assert resp.status_code == 201, resp.text
    return resp.json()


def as_user(device: Device, username: str) -> dict:
    """The headers of `device` vouching for `username` (the desktop's logged-in account)."""
    return {**device.headers, "X-Halotki-User": username}


def audit_row(at: str, user: str, action: str, target: str = "", detail: str = "") -> dict:
    return {"id": str(uuid.uuid4()), "at": at, "user": user, "action": action,
            "target": target, "detail": detail}


def push_audit(client, device: Device, rows: list[dict]) -> list[dict]:
    """The rows pushed by `device` as its PC does (entity "audit", insert); returns them."""
    out = round_trip(client, device, [
        change("audit", r["id"], "", {**r, "device": "pc"}, hlc(), op="insert", user=r["user"])
        for r in rows])
    assert out["rejected"] == []
    return rows


def push_account(client, device: Device, username: str, role: str, *, active: int = 1,
                 account_id: str | None = None) -> str:
    """A PC's own account as its PC pushes it (an insert, or an update of `account_id`)."""
    if account_id is None:
        account_id = str(uuid.uuid4())
        fields = {"id": account_id, "username": username, "full_name": username.title(),
                  "role": role, "active": active, "created_at": "2026-11-01T03:00:00Z",
                  "updated_at": "2026-11-01T03:00:00Z"}
        op = "insert"
    else:
        fields, op = {"role": role, "active": active, "updated_at": "2026-11-02T03:00:00Z"}, "update"
    out = round_trip(client, device, [change("user", account_id, "", fields, hlc(), op=op)])
    assert out["rejected"] == []
    return account_id


def read(client, device: Device, username: str, **params):
    return client.get(URL, headers=as_user(device, username), params=params)


def read_all(client, device: Device, username: str, cursor: str = "", *, clock=None,
             **params) -> list[dict]:
    """Every entry from `cursor` on, following the cursors (each page must be a 200); with
    `clock`, the server's clock moves on a second before each page, as time does."""
    entries = []
    while True:
        if clock is not None:
            clock.advance(seconds=1)
        resp = read(client, device, username, **params, **({"cursor": cursor} if cursor else {}))
        assert resp.status_code == 200, resp.text
        body = resp.json()
        entries += body["entries"]
        if body["next_cursor"] is None:
            return entries
        cursor = body["next_cursor"]


def server_reads(ctx) -> list[dict]:
    """The server's audit rows of reads of the trail, oldest first, detail parsed."""
    with ctx.db.read() as conn:
        rows = conn.execute(select(audit_log).where(audit_log.c.action == "audit.read")
                            .order_by(audit_log.c.at, audit_log.c.id)).mappings()
        return [{**r, "detail": json.loads(r["detail"])} for r in rows]
