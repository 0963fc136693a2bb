"""Central staff accounts: Argon2id verifiers, password verification from a device, limits."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from sync.server.db.tables import audit_log, changes, users

pytestmark = pytest.mark.usefixtures("backend")
PASSWORD = "rahasia-123"


def _add(client, pst, username="budi.sby", office="SBY", role="case_officer", **extra):
    return client.post("/api/v1/staff", headers=pst.headers, json={
        "username": username, "full_name": "Budi Santoso", "office_code": office, "role": role,
        "password": PASSWORD, **extra})


def _verify(client, device, username="budi.sby", password=PASSWORD):
    return client.post("/api/v1/auth/verify-password", headers=device.headers,
                       json={"username": username, "password": password})


def test_account_is_stored_with_an_argon2id_verifier_only(client, devices, ctx):
    resp = _add(client, devices["PST"])
    assert resp.status_code == 201
    out = resp.json()
    assert (out["username"], out["office_code"], out["role"], out["active"]) == (
        "budi.sby", "SBY", "case_officer", True)
    assert "password" not in str(out) and "verifier" not in str(out)
    with ctx.db.read() as conn:
        verifier = conn.scalar(select(users.c.password_verifier))
        logged = conn.execute(select(changes.c.fields).where(changes.c.entity == "user")).scalar()
    assert verifier.startswith("$argon2id$") and PASSWORD not in verifier
    assert PasswordHasher().verify(verifier, PASSWORD)
    assert "argon2" not in logged and "office_code" not in logged  # server-only columns


def test_account_fields_use_the_desktop_rules(client, devices):
    resp = _add(client, devices["PST"], username="X", role="boss", password="short")
    assert resp.status_code == 422
    fields = {f["field"] for f in resp.json()["error"]["details"]["fields"]}
    assert fields == {"username", "role", "password"}
    assert _add(client, devices["PST"]).status_code == 201
    dup = _add(client, devices["PST"])
    assert dup.status_code == 409 and dup.json()["error"]["code"] == "user_exists"
    assert _add(client, devices["PST"], username="ani", office="XYZ").status_code == 404


def test_verify_password_for_a_device_of_the_account_s_office(client, devices, ctx):
    _add(client, devices["PST"])
    ok = _verify(client, devices["SBY"], username=" Budi.SBY ")
    assert ok.status_code == 200
    user = ok.json()["user"]
    assert (user["username"], user["role"]) == ("budi.sby", "case_officer")
    wrong = _verify(client, devices["SBY"], password="salah-salah")
    other_office = _verify(client, devices["SMG"])
    unknown = _verify(client, devices["SBY"], username="siapa")
    assert {r.status_code for r in (wrong, other_office, unknown)} == {401}
    # All refusals look the same.
    assert wrong.json() == other_office.json() == unknown.json()
    with ctx.db.read() as conn:
        actions = list(conn.scalars(select(audit_log.c.action).where(
            audit_log.c.action.like("user.password%")).order_by(audit_log.c.at)))
    assert sorted(actions) == ["user.password_rejected"] * 3 + ["user.password_verified"]


def test_deactivated_account_and_changed_password(client, devices):
    pst = devices["PST"].headers
    user = _add(client, devices["PST"]).json()
    changed = client.patch(f"/api/v1/staff/{user['id']}", headers=pst,
                           json={"password": "baru-sekali-1", "full_name": "Budi S."})
    assert changed.status_code == 200 and changed.json()["full_name"] == "Budi S."
    assert _verify(client, devices["SBY"]).status_code == 401
    assert _verify(client, devices["SBY"], password="baru-sekali-1").status_code == 200
    client.patch(f"/api/v1/staff/{user['id']}", headers=pst, json={"active": False})
    assert _verify(client, devices["SBY"], password="baru-sekali-1").status_code == 401
    unknown = client.patch("/api/v1/staff/00000000-0000-0000-0000-000000000000", headers=pst,
                           json={"active": True})
    assert unknown.status_code == 404


def test_password_verification_is_rate_limited_per_account(client, devices, settings):
    _add(client, devices["PST"])
    for _ in range(settings.verify_user_limit.attempts):
        assert _verify(client, devices["SBY"], password="tebak-tebak").status_code == 401
    limited = _verify(client, devices["SBY"])  # even the right password waits now
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) > 0
    assert limited.json()["error"]["code"] == "rate_limited"


def test_password_verification_is_rate_limited_per_device(client, devices, settings):
    for i in range(settings.verify_device_limit.attempts):
        assert _verify(client, devices["SBY"], username=f"user{i}").status_code == 401
    assert _verify(client, devices["SBY"], username="another").status_code == 429
    assert _verify(client, devices["SMG"], username="another").status_code == 401


def test_staff_list_is_scoped(client, devices):
    _add(client, devices["PST"])
    _add(client, devices["PST"], username="ani.smg", office="SMG")
    pst = client.get("/api/v1/staff", headers=devices["PST"].headers).json()
    assert {u["username"] for u in pst} == {"budi.sby", "ani.smg"}
    only = client.get("/api/v1/staff", headers=devices["PST"].headers, params={"office": "SMG"})
    assert [u["username"] for u in only.json()] == ["ani.smg"]
