"""The halotki-server command: migrate, enrol, device, user, office, serve."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time

import pytest
import requests

from sync.netaddr import is_loopback_host
from tests.server.helpers import pg_database, server_env

CODE = re.compile(r"^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")


@pytest.fixture
def run(cli_runner, tmp_path):
    """run(db_url, *args, stdin=""): `halotki-server --lang en --db DB_URL ARGS...` in-process
    (HALOTKI_TEST_FAST_KDF=1, the database's server key) -> (code, out, err)."""
    def run(db_url: str, *args: str, stdin: str = ""):
        return cli_runner.server(db_url, *args, stdin=stdin, env=server_env(db_url, tmp_path))
    return run


@pytest.mark.usefixtures("backend")
def test_migrate_an_empty_database(run, empty_db_url):
    from sync.server.db.migrate import head_revision

    head = head_revision()
    code, out, _ = run(empty_db_url, "migrate")
    assert code == 0 and f"schema - -> {head}" in out
    code, out, _ = run(empty_db_url, "migrate")
    assert code == 0 and f"{head} -> {head}; 0 reference rows added" in out


@pytest.mark.usefixtures("backend")
def test_enrol_prints_a_code_that_enrols(run, db_url, client):
    code, out, err = run(db_url, "enrol", "--office", "SBY")
    assert code == 0 and CODE.match(out.strip()) and "expires" in err
    resp = client.post("/api/v1/enroll", json={"code": out.strip(), "label": "PC-1"})
    assert resp.status_code == 201
    assert run(db_url, "enrol", "--office", "XYZ")[0] == 7
    assert run(db_url, "enrol", "--office", "s!")[0] == 1
    code, out, _ = run(db_url, "enroll", "--office", "SMG")  # the old spelling
    assert code == 0 and CODE.match(out.strip())


@pytest.mark.usefixtures("backend")
def test_device_list_and_revoke(run, db_url, client, devices):
    code, out, _ = run(db_url, "device", "list", "--json")
    listed = {d["device_id"]: d for d in json.loads(out)}
    sby = devices["SBY"]
    assert code == 0 and listed[sby.device_id]["office_code"] == "SBY"
    code, out, _ = run(db_url, "device", "list", "--office", "SBY")
    assert code == 0 and sby.device_id in out and "active" in out
    code, out, _ = run(db_url, "device", "revoke", sby.device_id, "--reason", "PC rusak")
    assert code == 0 and "revoked" in out
    resp = client.get("/api/v1/device", headers=sby.headers)
    assert resp.status_code == 401 and resp.json()["error"]["details"]["reason"] == "PC rusak"
    assert "revoked" in run(db_url, "device", "list", "--office", "SBY")[1]
    assert run(db_url, "device", "revoke", "f" * 32, "--reason", "x")[0] == 7


@pytest.mark.usefixtures("backend")
def test_device_revoke_erases_the_unlock_key(run, db_url, client, ctx):
    from sqlalchemy import select

    from sync.server.db.tables import devices as device_table
    from tests.server.helpers import enrol

    pc = enrol(client, ctx, "SBY", unlock_key="A" * 43)
    code, out, _ = run(db_url, "device", "revoke", pc.device_id, "--reason", "PC dicuri")
    assert code == 0 and "unlock key is erased" in out
    with ctx.db.read() as conn:
        row = conn.execute(select(device_table).where(device_table.c.id == pc.device_id)
                           ).mappings().one()
    assert row["unlock_key"] is None and row["revoked_reason"] == "PC dicuri"


@pytest.mark.usefixtures("backend")
def test_user_commands(run, db_url, client, devices):
    code, out, _ = run(db_url, "user", "add", "budi.sby", "--office", "SBY",
                       "--role", "case_officer", "--full-name", "Budi Santoso",
                       "--password-stdin", stdin="rahasia-123\n")
    assert code == 0 and "budi.sby" in out
    verify = {"username": "budi.sby", "password": "rahasia-123"}
    ok = client.post("/api/v1/auth/verify-password", json=verify, headers=devices["SBY"].headers)
    assert ok.status_code == 200
    code, out, _ = run(db_url, "user", "list", "--json")
    assert [u["username"] for u in json.loads(out)] == ["budi.sby"]
    assert run(db_url, "user", "passwd", "budi.sby", "--password-stdin",
               stdin="lebih-rahasia-1\n")[0] == 0
    again = client.post("/api/v1/auth/verify-password", json=verify, headers=devices["SBY"].headers)
    assert again.status_code == 401
    assert run(db_url, "user", "deactivate", "budi.sby")[0] == 0
    assert "inactive" in run(db_url, "user", "list")[1]
    weak = run(db_url, "user", "add", "ani", "--office", "SBY", "--role", "admin",
               "--full-name", "Ani", "--password-stdin", stdin="short\n")
    assert weak[0] == 1
    assert run(db_url, "user", "add", "ani", "--office", "SBY", "--role", "boss",
               "--full-name", "Ani")[0] == 1  # argparse refuses the role
    assert run(db_url, "user", "passwd", "nobody", "--password-stdin", stdin="x" * 9)[0] == 7


@pytest.mark.usefixtures("backend")
def test_office_commands(run, db_url):
    added = run(db_url, "office", "add", "BTM", "--name", "BP3TKI Batam", "--tz", "WIB")
    assert added[0] == 0
    code, out, _ = run(db_url, "office", "list", "--json")
    codes = {o["code"]: o for o in json.loads(out)}
    assert codes["BTM"]["tz"] == "WIB" and codes["PST"]["national"] is True
    assert run(db_url, "office", "add", "BTM", "--name", "X", "--tz", "WIB")[0] == 1


def test_postgresql_waits_for_migrate(run, pg_admin_url):
    with pg_database(pg_admin_url) as url:
        code, _, err = run(url, "enrol", "--office", "SBY")
    assert code == 4 and "halotki-server migrate" in err


def test_unreachable_database(run):
    code, _, err = run("postgresql://nobody:pw@127.0.0.1:1/none?connect_timeout=2",
                       "office", "list")
    assert code == 3 and "cannot be opened" in err and "pw" not in err


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "pusat.example.go.id", "::"])
def test_serve_refuses_a_network_address_without_tls(run, tmp_path, host):
    code, _, err = run(str(tmp_path / "s.db"), "serve", "--host", host)
    assert code == 1 and "--insecure" in err


def test_serve_needs_both_tls_files(run, tmp_path):
    code, _, err = run(str(tmp_path / "s.db"), "serve", "--host", "0.0.0.0",
                       "--ssl-certfile", "cert.pem")
    assert code == 1 and "go together" in err


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("[::1]", True),
    ("localhost", True), ("LOCALHOST", True), ("app.localhost", True), ("0.0.0.0", False),
    ("10.0.0.1", False), ("localhost.example.com", False), ("", False),
])
def test_loopback_hosts(host, loopback):
    assert is_loopback_host(host) is loopback


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_runs_on_its_sqlite_default_with_one_command(tmp_path):
    port = _free_port()
    env = {**os.environ, "HALOTKI_SERVER_DATA_DIR": str(tmp_path), "HALOTKI_TEST_FAST_KDF": "1"}
    env.pop("HALOTKI_SERVER_DB", None)
    proc = subprocess.Popen([sys.executable, "-m", "sync.server.cli.main", "serve", "--port",
                             str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        health = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                health = requests.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except requests.ConnectionError:
                time.sleep(0.2)
        assert health is not None, "the server did not answer"
        assert health.status_code == 200 and health.json()["backend"] == "sqlite"
        assert (tmp_path / "halotki-server.db").exists()
        logged = requests.get(f"http://127.0.0.1:{port}/api/v1/cases?q=Dewi", timeout=5)
        assert logged.status_code == 401
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    lines = [json.loads(line) for line in err.decode().splitlines() if line.startswith("{")]
    access = [line for line in lines if line.get("logger") == "halotki.server.access"]
    assert {line["route"] for line in access} >= {"/health", "/api/v1/cases"}
    assert all(line["request_id"] != "-" for line in access)
    assert "Dewi" not in err.decode()
