"""Helpers for the server tests: a settable clock, enrolled devices, case bodies, and where
a test database's server key is."""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from sync.credentials import DeviceCredential
from sync.server.config import ENV_KEY_FILE, KEY_FILE
from sync.server.context import ServerContext
from sync.server.services import enrolment
from sync.server.services.actor import cli_actor

START = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)  # 10.00 WIB


class Clock:
    """The server's clock in tests: fixed, moved on explicitly."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


# The key file of each PostgreSQL test database (a SQLite database has its own beside it).
PG_KEY_FILES: dict[str, Path] = {}


def key_file(db_url: str) -> Path | None:
    """The server key file of a test database: registered for PostgreSQL, None for SQLite
    (the server finds it beside the database file)."""
    return PG_KEY_FILES.get(db_url)


def server_env(db_url: str, scratch: Path) -> dict[str, str]:
    """What a `halotki-server` run on a test database needs to find its key; a PostgreSQL
    database no fixture registered gets a key file in `scratch`."""
    if "://" not in db_url or make_url(db_url).get_backend_name() == "sqlite":
        return {}  # a plain path names a SQLite file
    return {ENV_KEY_FILE: str(key_file(db_url) or scratch / KEY_FILE)}


def issue_code(ctx: ServerContext, office: str, ttl_hours: int = 24) -> str:
    with ctx.db.write() as conn:
        return enrolment.issue(conn, cli_actor(), ctx.now(), office,
                               timedelta(hours=ttl_hours)).code


@dataclass(frozen=True)
class Device:
    office: str
    device_id: str
    letter: str
    credential: DeviceCredential

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.credential.token}"}


def enrol(client, ctx: ServerContext, office: str, label: str = "PC-Loket",
          unlock_key: str | None = None) -> Device:
    body = {"code": issue_code(ctx, office), "label": label}
    if unlock_key is not None:
        body["unlock_key"] = unlock_key
    resp = client.post("/api/v1/enroll", json=body)
    assert resp.status_code == 201, resp.text
    out = resp.json()
    return Device(office, out["device_id"], out["device_letter"],
                  DeviceCredential(out["device_id"], out["device_secret"]))


def case_body(**overrides) -> dict:
    body = {
        "complaint": {"category": "gaji_tidak_dibayar", "channel": "telepon",
                      "description": "Gaji belum dibayar selama 6 bulan."},
        "complainant": {"name": "Siti Aminah", "relation": "ibu", "phones": "0812-3456-7890",
                        "address": "Jl. Kenanga 5, Surabaya"},
        "worker": {"name": "Dewi Lestari", "sex": "P", "passport": "B1234567",
                   "destination_country": "MY", "birth_date": "12/03/1995"},
    }
    for key, value in overrides.items():
        part, _, field = key.partition("__")
        if field:
            body[part][field] = value
        else:
            body[part] = value
    return body


def create_case(client, device: Device, assign_to: str | None = None, **overrides) -> dict:
    body = case_body(**overrides)
    if assign_to:
        body["assign_to"] = assign_to
    resp = client.post("/api/v1/cases", json=body, headers=device.headers)
    assert resp.status_code == 201, resp.text
    return resp.json()


def libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def pg_database(admin_url: str, prefix: str = "halotki_test"):
    """A new, empty database (SQLAlchemy URL) for the duration of the block."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(libpq(admin_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin_url).set(drivername="postgresql+psycopg", database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(libpq(admin_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def attach_on_server(client, device: Device, case_id: str, data: bytes,
                     attachment_id: str = "att-1") -> str:
    """Push an attachment of a case through /sync and upload its content; returns its sha."""
    import hashlib

    from sync import protocol

    sha = hashlib.sha256(data).hexdigest()
    row = {"id": attachment_id, "case_id": case_id, "sha256": sha, "filename": "paspor.pdf",
           "mime": "application/pdf", "size": len(data), "note": "", "created_at": "t",
           "created_by": "pusat"}
    change = {"change_id": f"push-{attachment_id}", "entity": "attachment",
              "entity_id": attachment_id, "case_id": case_id, "op": "insert", "fields": row,
              "hlc": "1764000000000-0000-test0000"}
    body = protocol.encode({"v": protocol.VERSION, "cursor": 0, "changes": [change]})
    resp = client.post("/api/v1/sync", headers=device.headers, content=body)
    assert resp.status_code == 200 and protocol.decode(resp.content)["rejected"] == []
    resp = client.put(f"/api/v1/blobs/{sha}?offset=0", headers=device.headers, content=data)
    assert resp.status_code == 200 and resp.json()["complete"], resp.text
    return sha
