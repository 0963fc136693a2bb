"""desktop.sync.api against a live uvicorn server (real HTTP, real sockets, on loopback)."""

from __future__ import annotations

import socket

import pytest

from desktop.sync import errors as e
from desktop.sync.api import CentralClient, check_server_url, enrol
from sync.credentials import DeviceCredential
from sync.server.services import devices as device_service
from sync.server.services.actor import cli_actor
from tests.live_server import LiveServer
from tests.server.helpers import issue_code

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def live_url(ctx, app):
    with LiveServer(ctx, app) as server:
        yield server.url


@pytest.fixture
def pst(live_url, ctx):
    client = CentralClient(live_url, user="operator.pusat")
    client.enrol(issue_code(ctx, "PST"), "PC-Pusat")
    yield client
    client.close()


@pytest.mark.parametrize(("url", "error"), [
    ("http://pusat.example.go.id", e.InsecureServerUrl),
    ("http://192.168.1.5:8470", e.InsecureServerUrl),
    ("ftp://pusat.example.go.id", e.InvalidServerUrl),
    ("https://", e.InvalidServerUrl),
    ("https://user:pw@pusat.example.go.id", e.InvalidServerUrl),
    ("https://pusat.example.go.id/?x=1", e.InvalidServerUrl),
    ("https://pusat.example.go.id:99999", e.InvalidServerUrl),
    ("pusat.example.go.id", e.InvalidServerUrl),
])
def test_server_urls_that_are_refused(url, error):
    with pytest.raises(error) as info:
        check_server_url(url)
    assert info.value.text("id") and info.value.text("en") != info.value.text("id")


def test_server_urls_that_are_accepted():
    assert check_server_url(" https://Pusat.example.go.id/halo/ ") == "https://Pusat.example.go.id/halo"
    assert check_server_url("http://127.0.0.1:8470") == "http://127.0.0.1:8470"
    assert check_server_url("http://localhost:8470/") == "http://localhost:8470"
    assert check_server_url("http://[::1]:8470") == "http://[::1]:8470"


def test_enrol_and_identify(live_url, ctx):
    result = enrol(live_url, issue_code(ctx, "SBY"), "PC-Loket 1", office_code="SBY")
    assert (result.office_code, result.office_tz, result.national) == ("SBY", "WIB", False)
    assert result.device_letter == "A" and result.server_url == live_url
    assert "secret" not in repr(result.credential) or "<hidden>" in repr(result.credential)
    with CentralClient(live_url, result.credential) as client:
        me = client.this_device()
        assert me["device_id"] == result.credential.device_id
        assert client.health()["status"] == "ok"


@pytest.mark.parametrize(("prepare", "code"), [
    ("used", "enrolment_code_used"), ("unknown", "enrolment_code_invalid"),
    ("office", "enrolment_office_mismatch"), ("expired", "enrolment_code_expired"),
])
def test_enrolment_refusals(live_url, ctx, clock, prepare, code):
    good = issue_code(ctx, "SMG")
    if prepare == "used":
        enrol(live_url, good, "PC-1")
    elif prepare == "expired":
        clock.advance(hours=25)
    typed = "AAAA-BBBB-CCCC" if prepare == "unknown" else good
    with pytest.raises(e.EnrolmentRefused) as info:
        enrol(live_url, typed, "PC-2", office_code="SBY" if prepare == "office" else None)
    assert info.value.server_code == code
    assert info.value.text("id") != info.value.text("en")


def test_verify_password_and_its_refusals(live_url, pst, ctx):
    pst.add_staff("budi.sby", "Budi Santoso", "SBY", "case_officer", "rahasia-123")
    sby = CentralClient(live_url)
    sby.enrol(issue_code(ctx, "SBY"), "PC-1")
    account = sby.verify_password("budi.sby", "rahasia-123")
    assert (account.username, account.role, account.office_code, account.active) == (
        "budi.sby", "case_officer", "SBY", True)
    with pytest.raises(e.InvalidCredentials):
        sby.verify_password("budi.sby", "salah-salah")
    for _ in range(ctx.settings.verify_user_limit.attempts):
        try:
            sby.verify_password("budi.sby", "salah-salah")
        except e.RateLimited as limited:
            assert limited.retry_after > 0
            assert "detik" in limited.text("id")
            break
        except e.InvalidCredentials:
            continue
    else:
        pytest.fail("never rate limited")
    sby.close()


def test_central_operations(live_url, pst):
    created = pst.create_case(
        {"category": "gaji_tidak_dibayar", "channel": "email",
         "description": "Gaji belum dibayar."},
        {"name": "Siti Aminah", "relation": "ibu", "email": "siti@example.com"},
        {"name": "Dewi Lestari", "passport": "B1234567"},
    )
    number = created["case"]["case_number"]
    assert created["case"]["created_by"] == "operator.pusat"
    assert pst.list_cases("dewi")["items"][0]["case_number"] == number
    assert pst.assign_case(number, "SBY", "Domisili Surabaya")["case"]["office_code"] == "SBY"
    moved = pst.transfer_case(number, "SMG", "Keluarga pindah")
    assert moved["events"][-1]["event_type"] == "dialihkan"
    assert pst.get_case(number)["case"]["office_code"] == "SMG"
    assert {o["code"] for o in pst.list_offices()} >= {"PST", "SBY"}
    office = pst.create_office("BTM", "BP3TKI Batam", "WIB")
    assert pst.update_office("BTM", active=False)["active"] is False and office["code"] == "BTM"
    user = pst.add_staff("ani.smg", "Ani", "SMG", "supervisor", "rahasia-123")
    assert pst.update_staff(user["id"], role="admin")["role"] == "admin"
    assert [u["username"] for u in pst.list_staff("SMG")] == ["ani.smg"]
    with pytest.raises(e.InvalidInput) as info:
        pst.create_case({"category": "x", "channel": "email", "description": "d"}, {})
    assert "complaint.category" in {f["field"] for f in info.value.fields}
    with pytest.raises(e.NotFound):
        pst.get_case("SBY-2026-A-99999")
    with pytest.raises(e.Conflict) as conflict:
        pst.transfer_case(number, "SMG", "lagi")
    assert conflict.value.server_code == "transfer_same_office"
    assert "kantor" in conflict.value.text("id")


def test_regional_device_is_refused_central_operations(live_url, ctx):
    with CentralClient(live_url) as sby:
        sby.enrol(issue_code(ctx, "SBY"), "PC-1")
        with pytest.raises(e.Forbidden):
            sby.create_office("BTM", "Batam", "WIB")


def test_revoked_device_shows_the_reason(live_url, ctx):
    with CentralClient(live_url) as client:
        enrolment = client.enrol(issue_code(ctx, "SBY"), "PC-1")
        with ctx.db.write() as conn:
            device_service.revoke(conn, cli_actor(), ctx.now(), enrolment.credential.device_id,
                                  "PC dipindahkan")
        with pytest.raises(e.DeviceRevoked) as info:
            client.list_cases()
    assert info.value.reason == "PC dipindahkan" and info.value.status == 401
    assert "PC dipindahkan" in info.value.text("id") and "PC dipindahkan" in info.value.text("en")
    assert isinstance(info.value, e.NotEnrolled)


def test_unknown_credential_and_no_credential(live_url):
    with CentralClient(live_url, DeviceCredential("0" * 32, "A" * 43)) as client, \
            pytest.raises(e.NotEnrolled):
        client.this_device()
    with CentralClient(live_url) as client, pytest.raises(e.NotEnrolled):
        client.list_cases()


def test_unreachable_server():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with CentralClient(f"http://127.0.0.1:{port}") as client, \
            pytest.raises(e.ServerUnreachable) as info:
        client.health()
    assert "internet" in info.value.text("id")


def test_not_our_server(live_url):
    with CentralClient(live_url + "/nowhere") as client, pytest.raises(e.CentralError) as info:
        client.health()
    assert info.value.status == 404
