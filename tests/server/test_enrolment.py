"""Enrolment: a one-time, 24-hour code for one office becomes a device credential."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from sync.credentials import CODE_ALPHABET, normalize_code
from sync.server.db.tables import devices, enrolment_codes
from sync.server.services.enrolment import DEVICE_LETTERS, SERVER_LETTER
from tests.server.helpers import enrol, issue_code

pytestmark = pytest.mark.usefixtures("backend")


def _enrol(client, code: str, **extra):
    return client.post("/api/v1/enroll", json={"code": code, "label": "PC-Loket 1", **extra})


def test_code_is_short_typeable_and_unambiguous(ctx):
    code = issue_code(ctx, "SBY")
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4]
    assert all(c in CODE_ALPHABET for c in "".join(groups))
    assert not set(code) & set("ILOU")


def test_enrolment_returns_a_working_credential_and_keeps_only_its_hash(client, ctx):
    code = issue_code(ctx, "SBY")
    resp = _enrol(client, code, office_code="SBY")
    assert resp.status_code == 201, resp.text
    out = resp.json()
    assert out["device_letter"] == "A"
    assert out["office"] == {"code": "SBY", "name": "BP3TKI Surabaya", "tz": "WIB",
                             "national": False, "active": True}
    token = f"hd1.{out['device_id']}.{out['device_secret']}"
    me = client.get("/api/v1/device", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json()["office_code"] == "SBY" and me.json()["label"] == "PC-Loket 1"
    with ctx.db.read() as conn:
        row = conn.execute(select(devices)).mappings().one()
        stored = conn.execute(select(enrolment_codes)).mappings().one()
    assert out["device_secret"] not in row.values()
    assert row["secret_hash"] == hashlib.sha256(out["device_secret"].encode()).hexdigest()
    assert stored["device_id"] == out["device_id"] and stored["used_at"] is not None
    assert code.replace("-", "") not in str(dict(stored))  # the code itself is not kept


def test_code_typed_loosely_still_works(client, ctx):
    code = issue_code(ctx, "SBY")
    typed = " ".join(code.replace("-", "").lower())  # spaces, lower case
    assert _enrol(client, typed).status_code == 201


def test_reused_code_is_refused(client, ctx):
    code = issue_code(ctx, "SBY")
    assert _enrol(client, code).status_code == 201
    again = _enrol(client, code)
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "enrolment_code_used"


def test_code_expires_after_24_hours(client, ctx, clock):
    fresh, stale = issue_code(ctx, "SBY"), issue_code(ctx, "SBY")
    clock.advance(hours=23, minutes=59)
    assert _enrol(client, fresh).status_code == 201
    clock.advance(minutes=1)
    resp = _enrol(client, stale)
    assert resp.status_code == 410
    assert resp.json()["error"]["code"] == "enrolment_code_expired"


def test_code_for_another_office_is_refused_and_not_spent(client, ctx):
    code = issue_code(ctx, "SMG")
    resp = _enrol(client, code, office_code="SBY")
    assert resp.status_code == 409
    body = resp.json()["error"]
    assert body["code"] == "enrolment_office_mismatch" and "SBY" in body["message"]
    ok = _enrol(client, code, office_code="SMG")
    assert ok.status_code == 201 and ok.json()["office"]["code"] == "SMG"


@pytest.mark.parametrize("code", ["AAAA-BBBB-CCCC", "not a code", "AAAA-BBBB", "UUUU-UUUU-UUUU"])
def test_unknown_or_malformed_code(client, ctx, code):
    issue_code(ctx, "SBY")
    resp = _enrol(client, code)
    assert resp.status_code == 400
    assert resp.json()["error"]["code"] == "enrolment_code_invalid"


def test_enrolment_fields_are_validated(client, ctx):
    code = issue_code(ctx, "SBY")
    assert _enrol(client, code, office_code="sby!").status_code == 400
    resp = client.post("/api/v1/enroll", json={"code": code, "label": "\x00\x01"})
    assert resp.status_code == 422
    assert resp.json()["error"]["field"] == "label"
    assert _enrol(client, code).status_code == 201  # the refusals did not spend it


@pytest.mark.loose_limits
def test_device_letters_are_unique_per_office_never_z_and_run_out(client, ctx):
    letters = [enrol(client, ctx, "SBY").letter for _ in DEVICE_LETTERS]
    assert letters == list(DEVICE_LETTERS)
    assert SERVER_LETTER not in letters
    assert enrol(client, ctx, "SMG").letter == "A"  # per office
    resp = _enrol(client, issue_code(ctx, "SBY"))
    assert resp.status_code == 409
    assert resp.json()["error"]["code"] == "device_letters_exhausted"


def test_enrolment_is_rate_limited_per_address(client, ctx, settings):
    limit = settings.enrol_limit.attempts
    for _ in range(limit):
        assert _enrol(client, "AAAA-BBBB-CCCC").status_code == 400
    resp = _enrol(client, issue_code(ctx, "SBY"))  # even a good code waits now
    assert resp.status_code == 429
    assert int(resp.headers["Retry-After"]) > 0
    assert resp.json()["error"]["details"]["retry_after"] == int(resp.headers["Retry-After"])


def test_rate_limit_window_passes(client, ctx, clock, settings):
    for _ in range(settings.enrol_limit.attempts + 1):
        _enrol(client, "AAAA-BBBB-CCCC")
    clock.advance(seconds=settings.enrol_limit.window_s)
    assert _enrol(client, issue_code(ctx, "SBY")).status_code == 201


def test_normalize_code_reads_o_as_zero_and_i_l_as_one():
    assert normalize_code("o1il-2345-6789") == "0111" + "23456789"
