"""The retention run through sync (issue 14 §1.3): real PCs and a live server, SQLite and
PostgreSQL. Every PC converges to the anonymised case with its state checksum equal to the
server's and no heal; the attachments' content goes everywhere; a PC that was offline
cannot bring the personal data back, whatever its clock."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.domain import data_protection as pdp
from desktop.domain.inquiries import InquiryInput
from desktop.domain.models import WorkerInput
from desktop.services.anonymised import CaseAnonymised
from desktop.services.attachments import AttachmentErased
from desktop.services.maintenance import outbox_errors
from desktop.sync import errors as e
from sync.server.db.tables import workers
from sync.server.services import retention
from sync.server.services.actor import cli_actor
from tests.conftest import make_intake

pytestmark = pytest.mark.usefixtures("backend")

LATER = date(2032, 1, 1)  # more than five years after a case closed today
PERSONAL = ("Dewi", "Siti Aminah", "3578014101800001", "B1234567", "Kenanga", "Tan Ah Kow",
            "paspor-dewi", "disiksa")


def scan(seed: int = 1) -> bytes:
    return b"%PDF-1.4\n" + hashlib.sha256(str(seed).encode()).digest() * 200


def closed_case(pc, content: bytes | None = None) -> str:
    """A case recorded on `pc` with a scan and a timeline entry, resolved today."""
    core = pc.core
    number = core.cases.record_intake(make_intake(
        complaint__description="Dewi disiksa majikan; gaji belum dibayar."))
    core.cases.add_event(number, "konsultasi", "Dewi menelepon dari Johor.")
    if content is not None:
        core.attachments.attach(number, content, "paspor-dewi.pdf", note="Paspor Dewi")
    core.cases.change_status(number, "proses")
    core.cases.change_status(number, "selesai", outcome="dipulangkan")
    return number


def run_retention(server_ctx, as_of: date = LATER) -> retention.RunResult:
    return retention.run(server_ctx.db, cli_actor("PST"), datetime.now(UTC), as_of)


def everything_of(pc, case_id: str) -> str:
    """Every value this PC holds of the case, its logged history and its set-aside changes."""
    store = pc.core.store
    parts = []
    for table in ("cases", "workers", "complainants", "case_documents", "events",
                  "attachments", "referrals", "summons", "conflicts"):
        key = "id" if table == "cases" else "case_id"
        parts += [str(r) for r in store.query(f"SELECT * FROM {table} WHERE {key} = ?",
                                              (case_id,))]
    parts += [r[0] for r in store.query("SELECT fields FROM changes WHERE case_id = ?",
                                        (case_id,))]
    parts += [r[0] for r in store.query("SELECT fields FROM rejected_changes WHERE case_id = ?",
                                        (case_id,))]
    return "\n".join(parts)


def assert_anonymised(pc, number: str) -> None:
    case = pc.core.cases.get(number)
    case_id = case.case["id"]
    assert case.case["anonymised_at"]
    assert case.worker["name"] == pdp.ANON_MARKER and case.complainant["name"] == pdp.ANON_MARKER
    assert (case.case["category"], case.case["status"], case.case["outcome"]) == (
        "gaji_tidak_dibayar", "selesai", "dipulangkan")
    assert case.worker["destination_country"] == "MY" and case.worker["sex"] == "P"
    held = everything_of(pc, case_id)
    assert not any(text in held for text in PERSONAL), held
    assert pc.core.search.search("Dewi Lestari") == []
    assert pc.core.store.query("SELECT count(*) FROM blobs b JOIN attachments a"
                               " ON a.sha256 = b.sha256 WHERE a.case_id = ?",
                               (case_id,))[0][0] == 0
    assert outbox_errors(pc.core.store) == []


def test_every_pc_converges_with_its_checksum_equal_and_no_heal(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    data = scan()
    number = closed_case(a, data)
    a.sync()
    b.sync()
    att = b.core.attachments.list(number)[0]
    b.engine().fetch(att.sha256, att.size)
    assert b.core.attachments.content(att.id) == data
    result = run_retention(server_ctx)
    assert result.cases == [number] and result.contents_erased == 1
    for pc in (a, b):
        report = pc.sync()
        assert report.checksum_ok is True and not report.healed
        assert_anonymised(pc, number)
        assert pc.core.attachments.list(number)[0].filename == pdp.ANON_MARKER
    assert a.sync().pulled == 0  # nothing more to come: the run's changes arrived once


def test_the_pc_cannot_open_or_add_attachments_of_an_anonymised_case(make_pc, server_ctx):
    a = make_pc("SBY")
    number = closed_case(a, scan(2))
    a.sync()
    run_retention(server_ctx)
    a.sync()
    att = a.core.attachments.list(number)[0]
    with pytest.raises(AttachmentErased) as caught:
        a.core.attachments.content(att.id)
    assert "masa retensi" in caught.value.text("id")
    with pytest.raises(e.Conflict) as gone:
        a.engine().fetch(att.sha256, att.size)
    assert gone.value.server_code == "blob_content_erased"
    with pytest.raises(CaseAnonymised):
        a.core.attachments.attach(number, scan(3), "lagi.pdf")


def test_an_offline_pc_cannot_bring_the_data_back_with_an_older_or_newer_edit(
        make_pc, server_ctx):
    a, older, newer = make_pc("SBY"), make_pc("SBY"), make_pc("SBY")
    number = closed_case(a, scan(4))
    for pc in (a, older, newer):
        pc.sync()
    # Offline: one edits before the run, the other after it (its clock runs ahead).
    older.core.cases.update_people(number, worker=WorkerInput(
        name="Dewi Lestari Putri", sex="P", birth_date="12/03/1995", passport="B1234567",
        destination_country="MY", job="pekerja_rumah_tangga", employer_name="Tan Ah Kow"))
    run_retention(server_ctx)
    newer.clock_ahead(60_000)
    newer.core.cases.update_people(number, worker=WorkerInput(
        name="Dewi Lestari Baru", sex="P", birth_date="12/03/1995", passport="B1234567",
        destination_country="MY", job="pekerja_rumah_tangga", employer_name="Tan Ah Kow"))
    for pc in (older, newer):
        report = pc.sync()
        assert report.rejected >= 1
        assert report.checksum_ok is True and not report.healed
        assert_anonymised(pc, number)
        refused = pc.engine().replica.rejected()
        assert refused and {r["code"] for r in refused} == {"sync_case_anonymised"}
    with server_ctx.db.read() as conn:
        assert set(conn.scalars(select(workers.c.name))) == {pdp.ANON_MARKER}


def test_a_scan_attached_offline_to_the_case_goes_instead_of_coming_back(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = closed_case(a)
    a.sync()
    b.sync()
    run_retention(server_ctx)
    b.core.attachments.attach(number, scan(5), "paspor-dewi-2.pdf")  # b does not know yet
    report = b.sync()
    assert report.checksum_ok is True and not report.healed
    assert b.core.attachments.list(number) == []
    assert_anonymised(b, number)


def test_a_pc_that_heals_or_arrives_later_replays_an_anonymised_history(make_pc, server_ctx):
    a = make_pc("SBY")
    number = closed_case(a, scan(6))
    a.sync()
    run_retention(server_ctx)
    late = make_pc("SBY")
    report = late.sync()
    assert report.checksum_ok is True and not report.healed
    assert_anonymised(late, number)
    a.sync()
    # Forced heal: the PC re-downloads the whole scope and replays the server's history.
    a.core.store.raw_connection.execute("DELETE FROM case_clock")
    engine = a.engine()
    engine._heal(engine.run())
    assert_anonymised(a, number)
    assert a.sync().checksum_ok is True


def test_information_requests_converge_too(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    request = a.core.inquiries.record(InquiryInput(
        topic="biaya_penempatan", question="Dewi bertanya biaya ke Taiwan.", answer="Dijelaskan.",
        name="Dewi Lestari", phone="0812-3456-7890",
        received_at=datetime.now(UTC) - timedelta(days=3 * 365)))
    a.sync()
    b.sync()
    assert run_retention(server_ctx, date.today()).inquiries == 1
    for pc in (a, b):
        report = pc.sync()
        assert report.checksum_ok is True and not report.healed
        row = pc.core.store.query_dicts("SELECT * FROM inquiries WHERE id = ?", (request,))[0]
        assert row["anonymised_at"] and row["name"] == pdp.ANON_MARKER
        assert row["question"] == pdp.ANON_MARKER and row["phone"] == pdp.ANON_MARKER
        logged = "".join(r[0] for r in pc.core.store.query(
            "SELECT fields FROM changes WHERE case_id = ?", (request,)))
        assert "Dewi" not in logged
