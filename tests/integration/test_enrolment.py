"""First run "enrol with the central server": the encrypted store is created with what the
server says (office, device id, letter), or nothing is created at all."""

from __future__ import annotations

import base64
import logging

import pytest
from sqlalchemy import select

from desktop.crypto.keyslots import KeySlotFile, WeakPassword
from desktop.session import enrolment
from desktop.session.enrolment import EnrolRequest
from desktop.session.login import log_in
from desktop.session.setup import SetupState, setup_state
from desktop.store.errors import StoreExists
from desktop.store.replica import CENTRAL_CREDENTIAL_KEY, CENTRAL_URL_KEY
from desktop.sync import errors as e
from sync.credentials import parse_token
from sync.server.db.tables import devices
from tests.conftest import ADMIN, ADMIN_PW, TEST_KDF


def request(url: str, code: str, **overrides) -> EnrolRequest:
    values = dict(server_url=url, code=code, admin_username=ADMIN, admin_full_name="Admin Kantor",
                  password=ADMIN_PW, device_label="PC-Loket-1")
    return EnrolRequest(**{**values, **overrides})


def files_of(root) -> dict:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_enrolment_creates_the_store_the_server_describes(server, pc_paths, caplog):
    caplog.set_level(logging.DEBUG)
    core = enrolment.enrol(pc_paths, request(server.url, server.code("SBY")), TEST_KDF)
    try:
        with server.ctx.db.read() as conn:
            row = conn.execute(select(devices)).mappings().one()
        office = core.office
        assert (office.code, office.device_letter, office.device_id, office.device_label) == (
            "SBY", row["device_letter"], row["id"], "PC-Loket-1")
        assert core.session.username == ADMIN and core.session.role == "admin"
        token = core.store.meta(CENTRAL_CREDENTIAL_KEY)
        credential = parse_token(token)
        assert credential is not None and credential.device_id == row["id"]
        assert core.store.meta(CENTRAL_URL_KEY) == server.url
        assert core.store.meta("office_tz") == "WIB"
        # The store's clock names this device by the server's id.
        assert core.store.clock.node == row["id"][:8]
        link = KeySlotFile(pc_paths.keyslots, TEST_KDF).device()
        assert (link.device_id, link.server_url) == (row["id"], server.url)
        sealed = server.ctx.keys.load().open(row["id"], row["unlock_key"])  # kept encrypted
        unlock_key = base64.urlsafe_b64decode(sealed + "=")
        assert KeySlotFile(pc_paths.keyslots, TEST_KDF).unlock_device(unlock_key) == core.db_key
        db_key = core.db_key
        audit = core.store.query("SELECT action, detail FROM audit_log")
        assert ("initialized", "enrolled") in audit
    finally:
        core.close()
    # No secret in the clear anywhere in the data folder, nor in the log.
    secrets_ = [credential.secret.encode(), token.encode(), unlock_key, db_key,
                row["unlock_key"].encode(), base64.b64encode(unlock_key),
                base64.b64encode(db_key), db_key.hex().encode(), unlock_key.hex().encode()]
    for path, data in files_of(pc_paths.root).items():
        for secret in secrets_:
            assert secret not in data, (path.name, secret[:6])
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in secrets_:
        assert secret.decode("latin-1") not in logged
    # The administrator logs in again with the password, offline.
    server.stop()
    again = log_in(pc_paths, ADMIN, ADMIN_PW, TEST_KDF)
    assert again.office.device_id == row["id"]
    again.close()


@pytest.mark.parametrize("what", ["unknown", "used", "expired", "malformed"])
def test_a_refused_code_creates_nothing(server, pc_paths, tmp_path, server_clock, what):
    code = server.code("SBY")
    if what == "unknown":
        code = "AAAA-BBBB-CCCC"
    elif what == "malformed":
        code = "12345"
    elif what == "used":
        enrolment.enrol(pc_paths.__class__(tmp_path / "other"), request(server.url, code),
                         TEST_KDF).close()
    elif what == "expired":
        server_clock.advance(hours=25)
    with pytest.raises(e.EnrolmentRefused) as info:
        enrolment.enrol(pc_paths, request(server.url, code), TEST_KDF)
    assert info.value.field == "code" and info.value.exit_code == 2
    expected = {"unknown": "enrolment_code_invalid", "malformed": "enrolment_code_invalid",
                "used": "enrolment_code_used", "expired": "enrolment_code_expired"}[what]
    assert info.value.code == expected
    assert info.value.text("id") != info.value.text("en")
    assert not pc_paths.root.exists() or files_of(pc_paths.root) == {}
    assert setup_state(pc_paths) is SetupState.NEW


def test_the_office_is_the_one_the_code_was_issued_for(server, pc_paths):
    # Nobody types the office: a code of the national office makes a PST PC.
    code = server.code("PST").replace("-", "").lower()
    core = enrolment.enrol(pc_paths, request(server.url, code), TEST_KDF)
    assert (core.office.code, core.office.device_letter) == ("PST", "A")
    core.close()


@pytest.mark.parametrize("url", ["http://pusat.example.go.id", "http://192.168.1.5:8470"])
def test_plain_http_to_another_machine_is_refused_before_anything_is_sent(pc_paths, url):
    with pytest.raises(e.InsecureServerUrl) as info:
        enrolment.enrol(pc_paths, request(url, "AAAA-BBBB-CCCC"), TEST_KDF)
    assert info.value.field == "server_url"
    assert "https://" in info.value.text("id") and "https://" in info.value.text("en")
    assert not pc_paths.root.exists()


def test_an_unreachable_server_creates_nothing(pc_paths, closed_url):
    with pytest.raises(e.ServerUnreachable) as info:
        enrolment.enrol(pc_paths, request(closed_url, "AAAA-BBBB-CCCC"), TEST_KDF)
    assert info.value.field == "server_url" and info.value.exit_code == 9
    assert not pc_paths.root.exists()


def test_a_certificate_error_is_named(pc_paths, server):
    # https:// to a server that speaks plain HTTP: the TLS handshake fails.
    url = server.url.replace("http://", "https://")
    with pytest.raises(e.CertificateError) as info:
        enrolment.enrol(pc_paths, request(url, server.code()), TEST_KDF)
    assert info.value.field == "server_url" and "certificate" in info.value.text("en")
    assert not pc_paths.root.exists()


def test_enrolment_is_rate_limited_with_the_seconds_to_wait(server, pc_paths):
    limit = server.ctx.settings.enrol_limit.attempts
    for _ in range(limit):
        with pytest.raises(e.EnrolmentRefused):
            enrolment.enrol(pc_paths, request(server.url, "AAAA-BBBB-CCCC"), TEST_KDF)
    with pytest.raises(e.RateLimited) as info:
        enrolment.enrol(pc_paths, request(server.url, server.code()), TEST_KDF)
    seconds = info.value.retry_after
    assert seconds > 0
    assert f"{seconds} detik" in info.value.text("id")
    assert f"{seconds} seconds" in info.value.text("en")
    assert not pc_paths.root.exists()


def test_local_mistakes_are_found_before_the_code_is_spent(server, pc_paths):
    code = server.code()
    found = enrolment.problems(request(server.url, "", admin_username="X", password="short",
                                       admin_full_name=""))
    assert {p.field for p in found} == {"code", "username", "full_name", "password"}
    with pytest.raises(WeakPassword):
        enrolment.enrol(pc_paths, request(server.url, code, password="short"), TEST_KDF)
    # The code still works.
    enrolment.enrol(pc_paths, request(server.url, code), TEST_KDF).close()


def test_a_pc_that_is_set_up_already_does_not_spend_a_code(server, pc_paths):
    enrolment.enrol(pc_paths, request(server.url, server.code()), TEST_KDF).close()
    code = server.code()
    with pytest.raises(StoreExists):
        enrolment.enrol(pc_paths, request(server.url, code), TEST_KDF)
    with server.ctx.db.read() as conn:
        assert len(conn.execute(select(devices)).all()) == 1


def test_when_the_store_cannot_be_created_after_enrolment_the_message_says_so(
        server, pc_paths, monkeypatch, caplog):
    from desktop.session import setup

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(setup.Store, "create", broken)
    caplog.set_level(logging.INFO)
    with pytest.raises(enrolment.EnrolledButNotSetUp) as info:
        enrolment.enrol(pc_paths, request(server.url, server.code()), TEST_KDF)
    with server.ctx.db.read() as conn:
        row = conn.execute(select(devices)).mappings().one()
    for lang in ("id", "en"):
        text = info.value.text(lang)
        assert row["device_letter"] in text and row["id"] in text
    assert "revoke" in info.value.text("en") and "mencabut" in info.value.text("id")
    assert info.value.exit_code == 5
    assert any(row["id"] in r.getMessage() and r.levelno == logging.ERROR for r in caplog.records)
    assert ADMIN not in caplog.text and ADMIN_PW not in caplog.text
    # Nothing that looks like a store is left: the PC can be enrolled again with a new code.
    monkeypatch.undo()
    assert setup_state(pc_paths) is SetupState.NEW
    enrolment.enrol(pc_paths, request(server.url, server.code()), TEST_KDF).close()
