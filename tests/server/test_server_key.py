"""The server key: device unlock keys are stored encrypted with a key kept outside the
database (a 0600 key file or HALOTKI_SERVER_KEY); `migrate` encrypts what older servers
left in clear, `key rotate` re-encrypts everything, and without the right key the server
refuses clearly instead of releasing or storing anything in clear."""

from __future__ import annotations

import base64
import secrets
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from sync.server import keys as server_keys
from sync.server import setup
from sync.server.api.app import create_app
from sync.server.config import ENV_KEY, ENV_KEY_FILE
from sync.server.context import ServerContext
from sync.server.db.tables import audit_log, devices
from sync.server.services import devices as device_service
from sync.server.services.actor import cli_actor
from tests.server.helpers import enrol, issue_code

pytestmark = pytest.mark.usefixtures("backend")
PASSWORD = "rahasia-123"


def _key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()


@pytest.fixture
def budi(client, devices):
    resp = client.post("/api/v1/staff", headers=devices["PST"].headers, json={
        "username": "budi.sby", "full_name": "Budi Santoso", "office_code": "SBY",
        "role": "case_officer", "password": PASSWORD})
    assert resp.status_code == 201
    return resp.json()


def _unlock(client, device_id):
    return client.post("/api/v1/auth/device-unlock", json={
        "device_id": device_id, "username": "budi.sby", "password": PASSWORD})


def _stored(ctx, device_id) -> str | None:
    with ctx.db.read() as conn:
        return conn.scalar(select(devices.c.unlock_key).where(devices.c.id == device_id))


def _set_stored(ctx, device_id, value) -> None:
    with ctx.db.write() as conn:
        conn.execute(update(devices).where(devices.c.id == device_id).values(unlock_key=value))


@pytest.fixture
def other_ctx(settings, clock, tmp_path):
    """other_ctx(key_file=..., key_text=...): a second server on the same database."""
    made = []

    def make(**key) -> ServerContext:
        ctx = ServerContext.create(replace(settings, **{"key_file": None, "key_text": None,
                                                        **key}), clock)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.close()


def _client(ctx):
    return TestClient(create_app(ctx), raise_server_exceptions=False)


def test_the_database_alone_opens_no_pc(client, ctx, budi, other_ctx, tmp_path):
    key = _key()
    pc = enrol(client, ctx, "SBY", unlock_key=key)
    # A copy of the database on a machine without the key file: nothing to release.
    stolen = other_ctx(key_file=str(tmp_path / "missing" / "server.key"))
    with _client(stolen) as c:
        resp = _unlock(c, pc.device_id)
        assert resp.status_code == 503 and key not in resp.text
        assert resp.json()["error"]["code"] == "server_key_unavailable"
        # Nor does it store a new PC's key in clear: the enrolment is refused, code unspent.
        code = issue_code(ctx, "SBY")
        refused = c.post("/api/v1/enroll", json={"code": code, "label": "PC",
                                                 "unlock_key": _key()})
        assert refused.status_code == 503
    assert not (tmp_path / "missing").exists()  # and it made no key of its own
    assert client.post("/api/v1/enroll", json={"code": code, "label": "PC"}).status_code == 201


def test_a_wrong_key_releases_nothing(client, ctx, budi, other_ctx, tmp_path):
    key = _key()
    pc = enrol(client, ctx, "SBY", unlock_key=key)
    wrong = tmp_path / "wrong.key"
    server_keys.KeySource(path=wrong).create()
    with _client(other_ctx(key_file=str(wrong))) as c:
        resp = _unlock(c, pc.device_id)
    assert resp.status_code == 503 and key not in resp.text
    with pytest.raises(server_keys.ServerKeyError) as info:
        setup.check_key(other_ctx(key_file=str(wrong)))
    assert "restore" in info.value.text("en").lower()


def test_a_value_copied_to_another_device_does_not_open(client, ctx, budi):
    key = _key()
    pc = enrol(client, ctx, "SBY", unlock_key=key)
    other = enrol(client, ctx, "SBY", unlock_key=_key())
    _set_stored(ctx, other.device_id, _stored(ctx, pc.device_id))
    resp = _unlock(client, other.device_id)
    assert resp.status_code == 503 and key not in resp.text
    assert _unlock(client, pc.device_id).json()["unlock_key"] == key


def test_the_key_can_come_from_the_environment(client, ctx, budi, other_ctx, cli_runner, db_url):
    text = server_keys.new_key_text()
    env_ctx = other_ctx(key_text=text)
    key = _key()
    with _client(env_ctx) as c:
        pc = enrol(c, env_ctx, "SBY", unlock_key=key)
        assert _unlock(c, pc.device_id).json()["unlock_key"] == key
    assert _unlock(client, pc.device_id).status_code == 503  # the file's key is another
    # Rotation rewrites a key file, so it refuses a key from the environment.
    code, _, err = cli_runner.server(db_url, "key", "rotate",
                                     env={ENV_KEY: text, ENV_KEY_FILE: None})
    assert code == 5 and "HALOTKI_SERVER_KEY" in err
    assert cli_runner.server(db_url, "migrate", env={ENV_KEY: "hsk1.short"})[0] == 5


def test_migrate_encrypts_what_older_servers_left_in_clear(client, ctx, budi, cli_runner,
                                                          db_url, server_env):
    kept, revoked_key = _key(), _key()
    pc = enrol(client, ctx, "SBY", unlock_key=_key())
    gone = enrol(client, ctx, "SBY", unlock_key=_key())
    with ctx.db.write() as conn:
        device_service.revoke(conn, cli_actor(), ctx.now(), gone.device_id, "PC rusak")
    # What a server before the fix left: keys in clear, even of a revoked device.
    _set_stored(ctx, pc.device_id, kept)
    _set_stored(ctx, gone.device_id, revoked_key)
    assert _unlock(client, pc.device_id).json()["unlock_key"] == kept  # still recognised
    code, out, _ = cli_runner.server(db_url, "migrate", env=server_env)
    assert code == 0 and "1 unlock key encrypted" in out and "1 erased" in out
    assert _stored(ctx, pc.device_id).startswith("uk1.")
    assert _stored(ctx, gone.device_id) is None
    assert _unlock(client, pc.device_id).json()["unlock_key"] == kept
    # Nothing left to do the second time.
    code, out, _ = cli_runner.server(db_url, "migrate", env=server_env)
    assert code == 0 and "encrypted" not in out


def test_rotation_re_encrypts_every_key_and_old_rows_still_open(client, ctx, budi, cli_runner,
                                                               db_url, server_env):
    keys = {enrol(client, ctx, "SBY", unlock_key=k).device_id: k for k in (_key(), _key())}
    before = {d: _stored(ctx, d) for d in keys}
    old_id = ctx.keys.load().current_id
    code, out, _ = cli_runner.server(db_url, "key", "rotate", env=server_env)
    assert code == 0 and "2 unlock keys re-encrypted" in out
    ring = ctx.keys.load()
    assert ring.current_id != old_id and ring.ids == {ring.current_id}  # the old one is gone
    for device_id, key in keys.items():
        stored = _stored(ctx, device_id)
        assert stored != before[device_id] and stored.startswith(f"uk1.{ring.current_id}.")
        assert _unlock(client, device_id).json()["unlock_key"] == key
    with ctx.db.read() as conn:
        audited = conn.execute(select(audit_log.c.detail).where(
            audit_log.c.action == "server_key.rotated")).scalar_one()
    assert old_id in audited and ring.current_id in audited


def test_a_rotation_cut_short_loses_nothing(client, ctx, budi, monkeypatch):
    key = _key()
    pc = enrol(client, ctx, "SBY", unlock_key=key)
    old_id = ctx.keys.load().current_id
    real = device_service.seal_unlock_keys

    def crash(conn, ring):
        real(conn, ring)  # every row re-encrypted inside the transaction, then the crash
        raise KeyboardInterrupt

    monkeypatch.setattr(device_service, "seal_unlock_keys", crash)
    with pytest.raises(KeyboardInterrupt):
        setup.rotate_key(ctx)
    # The transaction did not commit: rows still under the old key, which the file still has.
    ring = ctx.keys.load()
    assert old_id in ring.ids and len(ring.ids) == 2
    assert _stored(ctx, pc.device_id).startswith(f"uk1.{old_id}.")
    assert _unlock(client, pc.device_id).json()["unlock_key"] == key
    monkeypatch.setattr(device_service, "seal_unlock_keys", real)
    setup.rotate_key(ctx)  # the next rotation finishes the job
    assert len(ctx.keys.load().ids) == 1
    assert _unlock(client, pc.device_id).json()["unlock_key"] == key


def test_a_missing_key_file_is_created_only_when_nothing_needs_the_old_one(
        client, ctx, cli_runner, db_url, server_env, tmp_path):
    pc = enrol(client, ctx, "SBY", unlock_key=_key())
    lost = {ENV_KEY_FILE: str(tmp_path / "lost.key"), ENV_KEY: None}
    for command in (("migrate",), ("serve",), ("key", "rotate")):
        code, _, err = cli_runner.server(db_url, *command, env=lost)
        assert code == 5 and "restore" in err.lower() and ctx.keys.load().current_id in err, \
            command
    assert not (tmp_path / "lost.key").exists()
    # Once no stored key needs it (the PC revoked), migrate makes a new key.
    cli_runner.server(db_url, "device", "revoke", pc.device_id, "--reason", "hilang",
                      env=server_env)
    assert cli_runner.server(db_url, "migrate", env=lost)[0] == 0
    assert server_keys.KeySource(path=Path(lost[ENV_KEY_FILE])).load().ids


def test_key_status_tells_which_key_opens_what(client, ctx, cli_runner, db_url, server_env):
    enrol(client, ctx, "SBY", unlock_key=_key())
    code, out, _ = cli_runner.server(db_url, "key", "status", env=server_env)
    current = ctx.keys.load().current_id
    assert code == 0 and current in out and "1 unlock key" in out


def test_a_key_file_that_cannot_be_written_is_a_message(cli_runner, db_url, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = cli_runner.server(db_url, "migrate",
                                     env={ENV_KEY_FILE: str(blocker / "server.key")})
    # No traceback (cli_runner checks), the place named, exit 5.
    assert code == 5 and str(blocker) in err and "cannot be" in err
