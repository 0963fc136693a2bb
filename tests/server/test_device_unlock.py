"""POST /api/v1/auth/device-unlock: a central account's first login on a PC at its login
screen, where the device credential is still locked inside the encrypted database."""

from __future__ import annotations

import base64
import secrets

import pytest
from sqlalchemy import select

from sync.server.db.tables import audit_log, devices
from sync.server.services import devices as device_service
from sync.server.services.actor import cli_actor
from tests.server.helpers import enrol, issue_code

pytestmark = pytest.mark.usefixtures("backend")
PASSWORD = "rahasia-123"


def _key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()


def _add(client, pst, username="budi.sby", office="SBY", **extra):
    resp = client.post("/api/v1/staff", headers=pst.headers, json={
        "username": username, "full_name": "Budi Santoso", "office_code": office,
        "role": "case_officer", "password": PASSWORD, **extra})
    assert resp.status_code == 201, resp.text
    return resp.json()


def _unlock(client, device_id, username="budi.sby", password=PASSWORD, headers=None):
    return client.post("/api/v1/auth/device-unlock", headers=headers or {},
                       json={"device_id": device_id, "username": username, "password": password})


@pytest.fixture
def pc(client, ctx):
    """An SBY PC enrolled with an unlock key (the key is returned alongside)."""
    key = _key()
    return enrol(client, ctx, "SBY", "PC-Loket-2", unlock_key=key), key


def test_enrolment_keeps_the_unlock_key_on_the_device_row(client, ctx, pc):
    device, key = pc
    with ctx.db.read() as conn:
        stored = conn.scalar(select(devices.c.unlock_key).where(devices.c.id == device.device_id))
    assert stored == key


@pytest.mark.parametrize("bad", ["short", "A" * 44, "+" * 43,
                                 # 43 characters whose last one carries stray low bits
                                 base64.urlsafe_b64encode(b"\0" * 32).rstrip(b"=")[:-1].decode()
                                 + "B"])
def test_enrolment_refuses_an_unlock_key_that_is_not_32_bytes(client, ctx, bad):
    code = issue_code(ctx, "SBY")
    resp = client.post("/api/v1/enroll", json={"code": code, "label": "PC", "unlock_key": bad})
    assert resp.status_code in (400, 422)
    assert resp.json()["error"]["field"] in ("unlock_key", "body.unlock_key")
    # The code was not spent.
    ok = client.post("/api/v1/enroll", json={"code": code, "label": "PC", "unlock_key": _key()})
    assert ok.status_code == 201


def test_the_right_password_of_the_office_s_account_releases_the_key(client, ctx, devices, pc):
    device, key = pc
    account = _add(client, devices["PST"])
    resp = _unlock(client, device.device_id, username=" Budi.SBY ")
    assert resp.status_code == 200, resp.text
    out = resp.json()
    assert out["unlock_key"] == key
    assert (out["user"]["username"], out["user"]["role"], out["user"]["full_name"],
            out["user"]["office_code"]) == ("budi.sby", "case_officer", "Budi Santoso", "SBY")
    with ctx.db.read() as conn:
        row = conn.execute(select(audit_log).where(
            audit_log.c.action == "user.device_unlocked")).mappings().one()
    assert (row["device"], row["target"], row["office_code"]) == (
        device.device_id, account["id"], "SBY")
    assert PASSWORD not in str(dict(row)) and key not in str(dict(row))


def test_no_device_credential_is_needed_and_none_is_used(client, devices, pc):
    device, _key_ = pc
    _add(client, devices["PST"])
    # Another device's credential changes nothing: the device is the one named in the body.
    resp = _unlock(client, device.device_id, headers=devices["SMG"].headers)
    assert resp.status_code == 200


def test_refusals_look_the_same_and_are_audited(client, ctx, devices, pc):
    device, key = pc
    budi = _add(client, devices["PST"])
    smg = _add(client, devices["PST"], username="ani.smg", office="SMG")
    inactive = _add(client, devices["PST"], username="lama.sby")
    client.patch(f"/api/v1/staff/{inactive['id']}", headers=devices["PST"].headers,
                 json={"active": False})
    refusals = [
        _unlock(client, device.device_id, password="salah-salah"),  # wrong password
        _unlock(client, device.device_id, username="siapa.ini"),  # unknown username
        _unlock(client, device.device_id, username="ani.smg"),  # another office's account
        _unlock(client, device.device_id, username="lama.sby"),  # deactivated
    ]
    assert {r.status_code for r in refusals} == {401}
    bodies = [r.json() for r in refusals]
    assert all(b == bodies[0] for b in bodies) and bodies[0]["error"]["code"] == "invalid_credentials"
    assert all(key not in r.text for r in refusals)
    with ctx.db.read() as conn:
        rows = conn.execute(select(audit_log.c.action, audit_log.c.target).where(
            audit_log.c.action.like("user.device_unlock%"))).all()
    assert sorted(a for a, _t in rows) == ["user.device_unlock_refused"] * 4
    # Ids only (an unknown name leaves the target empty): no personal data in the trail.
    assert sorted(t for _a, t in rows) == sorted(["", budi["id"], smg["id"], inactive["id"]])


def test_a_national_pc_serves_central_staff_of_every_office(client, ctx, devices):
    key = _key()
    pst_pc = enrol(client, ctx, "PST", "PC-Pusat-2", unlock_key=key)
    _add(client, devices["PST"])
    resp = _unlock(client, pst_pc.device_id)
    assert resp.status_code == 200 and resp.json()["unlock_key"] == key


def test_a_revoked_pc_gets_the_reason(client, ctx, devices, pc):
    device, key = pc
    _add(client, devices["PST"])
    with ctx.db.write() as conn:
        device_service.revoke(conn, cli_actor(), ctx.now(), device.device_id, "Laptop hilang")
    resp = _unlock(client, device.device_id)
    assert resp.status_code == 401
    err = resp.json()["error"]
    assert err["code"] == "device_revoked" and err["details"]["reason"] == "Laptop hilang"
    assert key not in resp.text


def test_unknown_pc_and_pc_without_a_key(client, devices):
    _add(client, devices["PST"])
    unknown = _unlock(client, "0" * 32)
    assert unknown.status_code == 401 and unknown.json()["error"]["code"] == "credential_invalid"
    # The fixture's PCs were enrolled without an unlock key (older desktops).
    no_key = _unlock(client, devices["SBY"].device_id)
    assert no_key.status_code == 409
    assert no_key.json()["error"]["code"] == "device_no_unlock_key"


def test_malformed_requests_are_422(client, pc):
    device, _key_ = pc
    for body in ({"device_id": "x" * 32, "username": "a", "password": "b"},
                 {"device_id": device.device_id, "username": "", "password": "b"},
                 {"device_id": device.device_id, "username": "a", "password": "b", "extra": 1}):
        assert client.post("/api/v1/auth/device-unlock", json=body).status_code == 422


def test_rate_limited_per_account_across_pcs_and_endpoints(client, ctx, devices, settings, pc):
    device, _key_ = pc
    other = enrol(client, ctx, "SBY", "PC-3", unlock_key=_key())
    _add(client, devices["PST"])
    attempts = settings.verify_user_limit.attempts
    for i in range(attempts):
        target = device if i % 2 else other
        assert _unlock(client, target.device_id, password="tebak-tebak").status_code == 401
    limited = _unlock(client, device.device_id)  # even the right password waits now
    assert limited.status_code == 429
    seconds = int(limited.headers["Retry-After"])
    assert seconds > 0 and limited.json()["error"]["details"]["retry_after"] == seconds
    # verify-password counts in the same bucket for this account.
    verify = client.post("/api/v1/auth/verify-password", headers=devices["SBY"].headers,
                         json={"username": "budi.sby", "password": PASSWORD})
    assert verify.status_code == 429


def test_rate_limited_per_pc(client, settings, pc, clock):
    device, _key_ = pc
    for i in range(settings.verify_device_limit.attempts):
        assert _unlock(client, device.device_id, username=f"orang{i}").status_code == 401
    assert _unlock(client, device.device_id, username="lagi").status_code == 429
    clock.advance(seconds=settings.verify_device_limit.window_s)
    assert _unlock(client, device.device_id, username="lagi").status_code == 401
