"""POST /api/v1/auth/device-unlock: a central account's first login on a PC at its login
screen, where the device credential is still locked inside the encrypted database."""

from __future__ import annotations

import base64
import secrets
import uuid
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from sync.server.api.app import create_app
from sync.server.context import ServerContext
from sync.server.db.tables import audit_log
from sync.server.db.tables import devices as device_table
from sync.server.services import devices as device_service
from sync.server.services.actor import cli_actor
from tests.server.helpers import enrol, issue_code

pytestmark = pytest.mark.usefixtures("backend")
PASSWORD = "rahasia-123"


def _key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()


def _add(client, pst, username="budi.sby", office="SBY", role="case_officer", **extra):
    resp = client.post("/api/v1/staff", headers=pst.headers, json={
        "username": username, "full_name": "Budi Santoso", "office_code": office,
        "role": role, "password": PASSWORD, **extra})
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


def test_enrolment_keeps_the_unlock_key_encrypted_on_the_device_row(client, ctx, pc):
    device, key = pc
    with ctx.db.read() as conn:
        stored = conn.scalar(select(device_table.c.unlock_key).where(device_table.c.id == device.device_id))
    # Neither the key nor its bytes are in the row: a copy of the database opens no PC.
    raw = base64.urlsafe_b64decode(key + "=")
    assert key not in stored and stored.startswith("uk1.")
    assert raw not in base64.urlsafe_b64decode(stored.rsplit(".", 1)[1] + "==")
    assert ctx.keys.load().open(device.device_id, stored) == key


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
    # Revocation erased the escrowed key: nothing in the database opens that PC any more.
    with ctx.db.read() as conn:
        assert conn.scalar(select(device_table.c.unlock_key)
                           .where(device_table.c.id == device.device_id)) is None


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


def test_a_front_office_account_gets_no_unlock_key_and_is_told_what_to_do(client, ctx, devices,
                                                                         pc):
    device, key = pc
    front = _add(client, devices["PST"], username="rina.sby", role="front_office")
    resp = _unlock(client, device.device_id, username="rina.sby")
    assert resp.status_code == 403 and key not in resp.text
    err = resp.json()["error"]
    assert err["code"] == "device_unlock_role_refused"
    assert "office administrator" in err["message"] and "administrator kantor" in err["message_id"]
    with ctx.db.read() as conn:
        row = conn.execute(select(audit_log).where(
            audit_log.c.action == "user.device_unlock_refused")).mappings().one()
    assert (row["target"], row["detail"]) == (front["id"], "role=front_office")
    # A wrong password still looks like every other refusal: the role is told only to the
    # person who proved the password.
    wrong = _unlock(client, device.device_id, username="rina.sby", password="salah-salah")
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "invalid_credentials"


@pytest.mark.parametrize("role", ["case_officer", "supervisor", "admin"])
def test_roles_that_work_on_a_pc_get_the_key(client, devices, pc, role):
    device, key = pc
    _add(client, devices["PST"], username="staf.sby", role=role)
    resp = _unlock(client, device.device_id, username="staf.sby")
    assert resp.status_code == 200 and resp.json()["unlock_key"] == key


def test_the_roles_are_a_server_setting(ctx, settings, clock, devices, client, pc):
    device, key = pc
    _add(client, devices["PST"], username="rina.sby", role="front_office")
    _add(client, devices["PST"], username="budi.sby", role="case_officer")
    only_front = ServerContext.create(replace(settings, unlock_roles=frozenset({"front_office"})),
                                      clock)
    try:
        with TestClient(create_app(only_front), raise_server_exceptions=False) as other:
            assert _unlock(other, device.device_id, username="rina.sby").status_code == 200
            assert _unlock(other, device.device_id, username="budi.sby").status_code == 403
    finally:
        only_front.close()


def test_random_device_ids_do_not_lock_an_account(client, devices, settings, pc):
    device, key = pc
    _add(client, devices["PST"])
    for _ in range(settings.verify_user_limit.attempts + 1):
        resp = _unlock(client, uuid.uuid4().hex, password="tebak-tebak")
        assert resp.status_code == 401 and resp.json()["error"]["code"] == "credential_invalid"
    ok = _unlock(client, device.device_id)
    assert ok.status_code == 200 and ok.json()["unlock_key"] == key


def test_unlock_is_rate_limited_per_address(client, settings, clock):
    limit = settings.unlock_address_limit
    for i in range(limit.attempts):
        assert _unlock(client, uuid.uuid4().hex, username=f"orang{i}").status_code == 401
    limited = _unlock(client, uuid.uuid4().hex, username="lagi")
    assert limited.status_code == 429
    seconds = int(limited.headers["Retry-After"])
    assert 0 < seconds <= limit.window_s
    assert limited.json()["error"]["details"]["retry_after"] == seconds
    clock.advance(seconds=limit.window_s)
    assert _unlock(client, uuid.uuid4().hex, username="lagi").status_code == 401


def test_the_roles_setting_comes_from_the_environment(monkeypatch, tmp_path):
    from desktop.messages import HaloError
    from sync.server.config import DEFAULT_UNLOCK_ROLES, ENV_UNLOCK_ROLES, Settings

    db = str(tmp_path / "s.db")
    assert Settings.from_env(db).unlock_roles == DEFAULT_UNLOCK_ROLES
    assert "front_office" not in DEFAULT_UNLOCK_ROLES
    monkeypatch.setenv(ENV_UNLOCK_ROLES, " Supervisor, admin ")
    assert Settings.from_env(db).unlock_roles == {"supervisor", "admin"}
    for bad in ("boss", ","):
        monkeypatch.setenv(ENV_UNLOCK_ROLES, bad)
        with pytest.raises(HaloError) as info:
            Settings.from_env(db)
        assert ENV_UNLOCK_ROLES in info.value.text("en")
