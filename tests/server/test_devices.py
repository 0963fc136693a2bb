"""Device credentials: every call but /health and enrolment needs one; revocation is final."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sync.server.db.tables import devices as devices_table
from sync.server.services import devices as device_service
from sync.server.services.actor import cli_actor
from tests.server.helpers import enrol

pytestmark = pytest.mark.usefixtures("backend")


@pytest.mark.parametrize(("headers", "code"), [
    ({}, "credential_missing"),
    ({"Authorization": "Basic dXNlcjpwYXNz"}, "credential_missing"),
    ({"Authorization": "Bearer nonsense"}, "credential_invalid"),
    ({"Authorization": "Bearer hd1." + "0" * 32 + "." + "A" * 43}, "credential_invalid"),
])
def test_calls_without_a_valid_credential_get_401(client, headers, code):
    resp = client.get("/api/v1/cases", headers=headers)
    assert resp.status_code == 401 and resp.json()["error"]["code"] == code


def test_a_wrong_secret_for_a_real_device_is_refused(client, ctx):
    device = enrol(client, ctx, "SBY")
    token = f"hd1.{device.device_id}.{'B' * 43}"
    resp = client.get("/api/v1/device", headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 401 and resp.json()["error"]["code"] == "credential_invalid"


def test_a_revoked_device_gets_401_with_the_reason(client, ctx, clock):
    device = enrol(client, ctx, "SBY")
    other = enrol(client, ctx, "SBY")
    with ctx.db.write() as conn:
        device_service.revoke(conn, cli_actor(), ctx.now(), device.device_id, "PC dicuri")
    resp = client.get("/api/v1/cases", headers=device.headers)
    assert resp.status_code == 401
    err = resp.json()["error"]
    assert err["code"] == "device_revoked" and err["details"]["reason"] == "PC dicuri"
    assert "PC dicuri" in err["message_id"]
    assert client.get("/api/v1/cases", headers=other.headers).status_code == 200
    # Its letter is never given out again (case numbers carry it).
    assert enrol(client, ctx, "SBY").letter == "C"


def test_last_seen_is_recorded_but_not_on_every_call(client, ctx, clock):
    device = enrol(client, ctx, "SBY")
    enrolled = clock.now
    clock.advance(seconds=30)
    client.get("/api/v1/device", headers=device.headers)

    def seen():
        with ctx.db.read() as conn:
            return conn.scalar(select(devices_table.c.last_seen_at)
                               .where(devices_table.c.id == device.device_id))

    assert seen() == enrolled
    clock.advance(seconds=60)
    client.get("/api/v1/device", headers=device.headers)
    assert seen() == clock.now
