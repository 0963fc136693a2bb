"""The trail read at central, end to end (issue 14 §1.6): a case opened on an office PC is,
after the next sync, readable by that office's supervisor through GET /api/v1/audit (the
desktop's own client and service), by the national office's PC for every office, and by
nobody else; and the server's subject access writes the desktop's very JSON."""

from __future__ import annotations

import json

import pytest

from desktop.services import audit
from desktop.services.audit_trail import AuditFilter, read_central
from desktop.services.subject_access import person_json
from desktop.session.login import log_in
from desktop.sync import errors as e
from desktop.sync.api import CentralClient
from sync.server.services import subject_access as central_access
from sync.server.services.actor import cli_actor
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake

pytestmark = pytest.mark.usefixtures("backend")

VIEWED = AuditFilter(action=audit.CASE_VIEWED)


def central(pc, username: str | None = None) -> CentralClient:
    """The PC's client of the central server, naming `username` (default: who is logged in,
    as core.sync.central_client names them on an enrolled PC)."""
    return CentralClient(pc.url, pc.credential, user=username or pc.core.session.username)


def add_account(pc, username: str, role: str) -> None:
    """An account made on the PC by its administrator (it goes out with the next sync)."""
    admin = log_in(pc.core.paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        admin.accounts.add_user(username, username.title(), role, STAFF_PW)
    finally:
        admin.close()


@pytest.fixture
def viewed(make_pc):
    """A case recorded and opened on an SBY PC, synced."""
    pc = make_pc("SBY")
    number = pc.core.cases.record_intake(make_intake())
    pc.core.cases.record_viewed(number)
    pc.sync()
    return pc, number


def test_the_office_supervisor_reads_the_view_through_the_endpoint(viewed):
    pc, number = viewed
    local = pc.core.store.query_dicts("SELECT id, at FROM audit_log WHERE action = ?",
                                      (audit.CASE_VIEWED,))
    with central(pc) as client:
        page = read_central(client, VIEWED)
    [entry] = page.entries
    assert (entry.id, entry.at, entry.user, entry.target) == (
        local[0]["id"], local[0]["at"], "kasi", number)
    assert entry.office_code == "SBY" and entry.device == pc.credential.device_id
    assert entry.device_label.startswith(f"SBY-{pc.core.office.device_letter}")
    assert page.next is None


def test_another_pc_of_the_office_reads_it_too(viewed, make_pc):
    pc, number = viewed
    other = make_pc("SBY")
    other.sync()  # its supervisor's account reaches the server
    with central(other) as client:
        assert [x.target for x in read_central(client, VIEWED).entries] == [number]


def test_an_officer_is_refused_in_both_languages(viewed):
    pc, _ = viewed
    add_account(pc, "budi", "case_officer")
    pc.sync()
    with central(pc, "budi") as client, pytest.raises(e.Forbidden) as err:
        read_central(client, VIEWED)
    assert err.value.server_code == "audit_read_refused"
    assert "kepala seksi" in err.value.text("id") and "supervisors" in err.value.text("en")


def test_the_national_office_reads_every_office(viewed, make_pc):
    pc, number = viewed
    smg = make_pc("SMG")
    smg_number = smg.core.cases.record_intake(make_intake())
    smg.core.cases.record_viewed(smg_number)
    smg.sync()
    pst = make_pc("PST")
    pst.sync()
    with central(pst) as client:
        every = read_central(client, VIEWED)
        only_smg = read_central(client, AuditFilter(action=audit.CASE_VIEWED, office="SMG"))
    assert {(x.office_code, x.target) for x in every.entries} == {("SBY", number),
                                                                  ("SMG", smg_number)}
    assert [x.target for x in only_smg.entries] == [smg_number]
    with central(pc) as client, pytest.raises(e.Forbidden):
        read_central(client, AuditFilter(office="SMG"))


def test_reading_at_central_is_in_the_central_trail(viewed):
    pc, _ = viewed
    with central(pc) as client:
        read_central(client, VIEWED)
        reads = read_central(client, AuditFilter(action="audit.read")).entries
    assert [x.user for x in reads] == ["kasi"]
    assert json.loads(reads[0].detail) == {"filter": {"action": audit.CASE_VIEWED},
                                           "rows": 1}


def test_central_subject_access_writes_the_desktop_json(make_pc, server_ctx):
    pc = make_pc("SBY")
    nik = "3578015203950002"
    pc.core.cases.record_intake(make_intake(worker__nik=nik, worker__phone="0813-3312-4455"))
    pc.core.cases.record_intake(make_intake(
        worker__name="Rina Lestari", worker__passport="C7654321", complainant__nik=nik,
        complainant__name="Dewi Lestari"))
    pc.sync()
    desktop = person_json(pc.core.subject_access.find(nik=nik), "SBY", "x")
    with server_ctx.db.write() as conn:
        record = central_access.find(conn, cli_actor(), server_ctx.now(),
                                     central_access.parse_query(nik=nik))
    server = central_access.person_json(record)
    assert len(server["cases"]) == 2
    for key in ("format", "person", "cases", "inquiries"):
        assert server[key] == desktop[key], key
