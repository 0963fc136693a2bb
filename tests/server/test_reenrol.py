"""Re-enrolment of a restored backup: POST /api/v1/enroll with `replaces` (the backup's old
device credential) re-keys that device instead of creating one, so two PCs never share an
identity: the device keeps its id and letter, gets a new secret, and the old one stops."""

from __future__ import annotations

import base64
import secrets

import pytest
from sqlalchemy import func, select

from sync import protocol
from sync.server.db.tables import audit_log, enrolment_codes
from sync.server.db.tables import devices as device_table
from sync.server.services import devices as device_service
from sync.server.services.actor import cli_actor
from tests.server.helpers import enrol, issue_code

pytestmark = pytest.mark.usefixtures("backend")
PASSWORD = "rahasia-123"


def _key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()


def _reenrol(client, code: str, replaces: str, **extra):
    return client.post("/api/v1/enroll", json={"code": code, "label": "PC-Pulih",
                                               "replaces": replaces, **extra})


def _sync(client, token: str):
    body = protocol.encode({"v": protocol.VERSION, "cursor": 0, "changes": []})
    return client.post("/api/v1/sync", content=body,
                       headers={"Authorization": f"Bearer {token}"})


def _device_count(ctx) -> int:
    with ctx.db.read() as conn:
        return conn.scalar(select(func.count()).select_from(device_table))


def _unused(ctx, code_count: int) -> int:
    with ctx.db.read() as conn:
        unused = conn.scalar(select(func.count()).select_from(enrolment_codes)
                             .where(enrolment_codes.c.used_at.is_(None)))
    assert unused == code_count
    return unused


def test_a_restored_backup_takes_over_its_device_identity(client, ctx, devices):
    old = enrol(client, ctx, "SBY", "PC-Loket-2", unlock_key=_key())
    before = _device_count(ctx)
    new_key = _key()
    resp = _reenrol(client, issue_code(ctx, "SBY"), old.credential.token, unlock_key=new_key)
    assert resp.status_code == 201, resp.text
    out = resp.json()
    # The same shape as a first enrolment: id and letter kept, a new secret.
    assert (out["device_id"], out["device_letter"]) == (old.device_id, old.letter)
    assert out["device_secret"] != old.credential.secret
    assert out["office"]["code"] == "SBY" and "server_time" in out
    assert _device_count(ctx) == before
    # The old secret stops at once, everywhere; the new one works.
    for refused in (client.get("/api/v1/device", headers=old.headers),
                    _sync(client, old.credential.token)):
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "credential_invalid"
    token = f"hd1.{out['device_id']}.{out['device_secret']}"
    me = client.get("/api/v1/device", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["label"] == "PC-Pulih"
    assert me.json()["device_letter"] == old.letter
    assert _sync(client, token).status_code == 200
    # The escrowed unlock key is the restored PC's new one.
    client.post("/api/v1/staff", headers=devices["PST"].headers, json={
        "username": "budi.sby", "full_name": "Budi Santoso", "office_code": "SBY",
        "role": "case_officer", "password": PASSWORD})
    unlocked = client.post("/api/v1/auth/device-unlock", json={
        "device_id": old.device_id, "username": "budi.sby", "password": PASSWORD})
    assert unlocked.status_code == 200 and unlocked.json()["unlock_key"] == new_key
    with ctx.db.read() as conn:
        stored = conn.scalar(select(device_table.c.unlock_key).where(device_table.c.id == old.device_id))
        audit = conn.execute(select(audit_log).where(
            audit_log.c.action == "device.rekeyed")).mappings().one()
    assert new_key not in stored
    assert (audit["target"], audit["device"], audit["office_code"]) == (
        old.device_id, old.device_id, "SBY")
    assert old.credential.secret not in str(dict(audit))


def test_a_re_key_without_an_unlock_key_drops_the_old_one(client, ctx):
    old = enrol(client, ctx, "SBY", unlock_key=_key())
    assert _reenrol(client, issue_code(ctx, "SBY"), old.credential.token).status_code == 201
    with ctx.db.read() as conn:
        assert conn.scalar(select(device_table.c.unlock_key)
                           .where(device_table.c.id == old.device_id)) is None


def _wrong_secret(device) -> str:
    return f"hd1.{device.device_id}.{'B' * 43}"


@pytest.mark.parametrize(("case", "status", "code"), [
    ("wrong secret", 403, "replaced_credential_invalid"),
    ("unknown device", 403, "replaced_credential_invalid"),
    ("revoked", 403, "replaced_device_revoked"),
    ("other office", 409, "replaced_device_office"),
])
def test_an_old_credential_that_does_not_qualify_is_refused_and_spends_nothing(
        client, ctx, case, status, code):
    old = enrol(client, ctx, "SBY")
    replaces = {"wrong secret": _wrong_secret(old),
                "unknown device": f"hd1.{'0' * 32}.{old.credential.secret}"}.get(
        case, old.credential.token)
    if case == "revoked":
        with ctx.db.write() as conn:
            device_service.revoke(conn, cli_actor(), ctx.now(), old.device_id, "PC dicuri")
    code_text = issue_code(ctx, "SMG" if case == "other office" else "SBY")
    resp = _reenrol(client, code_text, replaces)
    assert resp.status_code == status, resp.text
    err = resp.json()["error"]
    assert err["code"] == code and err["field"] == "replaces"
    assert err["message"] and err["message_id"] and err["message"] != err["message_id"]
    if case == "revoked":
        assert "PC dicuri" in err["message"]
    assert old.credential.secret not in resp.text
    _unused(ctx, 1)  # the code was not spent...
    fresh = client.post("/api/v1/enroll", json={"code": code_text, "label": "PC-Baru"})
    assert fresh.status_code == 201  # ... and still enrols a new PC
    assert fresh.json()["device_id"] != old.device_id


def test_a_malformed_old_credential_is_422(client, ctx):
    code = issue_code(ctx, "SBY")
    for bad in ("hd1.nonsense", "Bearer hd1." + "0" * 32 + "." + "A" * 43, ""):
        assert _reenrol(client, code, bad).status_code == 422
    _unused(ctx, 1)


def test_the_code_is_single_use_and_the_new_secret_can_be_replaced_again(client, ctx):
    old = enrol(client, ctx, "SBY")
    code = issue_code(ctx, "SBY")
    first = _reenrol(client, code, old.credential.token)
    assert first.status_code == 201
    token = f"hd1.{old.device_id}.{first.json()['device_secret']}"
    again = _reenrol(client, code, token)
    assert again.status_code == 409 and again.json()["error"]["code"] == "enrolment_code_used"
    # The first re-key's secret is the device's now: it can itself be replaced later.
    second = _reenrol(client, issue_code(ctx, "SBY"), token)
    assert second.status_code == 201 and second.json()["device_letter"] == old.letter
    # ...and the first backup's credential is refused for good.
    stale = _reenrol(client, issue_code(ctx, "SBY"), old.credential.token)
    assert stale.status_code == 403


def test_re_key_attempts_count_against_the_enrolment_limit(client, ctx, settings):
    old = enrol(client, ctx, "SBY")  # one attempt
    code = issue_code(ctx, "SBY")
    for _ in range(settings.enrol_limit.attempts - 1):
        assert _reenrol(client, code, _wrong_secret(old)).status_code == 403
    limited = _reenrol(client, code, old.credential.token)  # even the right one waits now
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0


def test_the_expected_office_still_applies(client, ctx):
    old = enrol(client, ctx, "SBY")
    resp = _reenrol(client, issue_code(ctx, "SBY"), old.credential.token, office_code="SMG")
    assert resp.status_code == 409
    assert resp.json()["error"]["code"] == "enrolment_office_mismatch"
