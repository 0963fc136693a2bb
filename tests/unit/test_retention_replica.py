"""A PC receiving a case the retention run anonymised (issue 14 §1.3; desktop/store/replica.py):
every row and every logged change of it rewritten in the same transaction, whatever the
clocks; its attachments' content, search rows and set-aside changes without the personal
data; what it still had to push kept without it. The server's side is tests/server."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime

import pytest

from desktop.domain import data_protection as pdp
from desktop.domain.inquiries import InquiryInput
from desktop.services.maintenance import outbox_errors
from desktop.store.replica import Replica, anonymise_root
from sync.hlc import format_hlc, now_ms
from tests.conftest import make_intake

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
STAMP = "2031-12-02T03:00:00.000000Z"
PERSONAL = ("Dewi", "Siti Aminah", "3578014101800001", "B1234567", "Kenanga", "Tan Ah Kow",
            "paspor-dewi", "Johor")


def scan(seed: int) -> bytes:
    return b"%PDF-1.4\n" + hashlib.sha256(str(seed).encode()).digest() * 64


@pytest.fixture
def core(supervisor):
    return supervisor


def recorded(core, content: bytes | None = scan(1)) -> dict:
    """A case with a timeline entry, a checklist note and a scan; returns its row."""
    number = core.cases.record_intake(make_intake(
        complaint__description="Dewi disiksa di Johor."))
    core.cases.add_event(number, "konsultasi", "Dewi menelepon dari Johor.")
    core.cases.set_document(number, "paspor", "ada", note="Paspor Dewi asli")
    if content is not None:
        core.attachments.attach(number, content, "paspor-dewi.pdf", note="Paspor Dewi")
    return core.cases.resolve(number)


def all_pushed(core) -> None:
    core.store.raw_connection.execute("UPDATE changes SET pushed_at = 'x' WHERE pushed_at IS NULL")


def arrives(core, root_id: str, entity: str = "case", fields: dict | None = None):
    """The server's change that sets the record's anonymised_at, and nothing else: the PC
    anonymises every row itself, whatever the clocks of the values it holds."""
    replica = Replica(core.store)
    change = {"change_id": str(uuid.uuid4()), "entity": entity, "entity_id": root_id,
              "case_id": root_id, "op": "update",
              "fields": {"anonymised_at": STAMP, **(fields or {})},
              "hlc": format_hlc(now_ms() + 60_000, 0, "server"), "user": "cli:root",
              "device": "server",
              "created_at": STAMP}
    return replica.receive(replica.parse([change]), NOW)


def held(core, root_id: str) -> str:
    store, parts = core.store, []
    for table in ("cases", "workers", "complainants", "case_documents", "events",
                  "attachments", "conflicts", "inquiries"):
        key = "id" if table in ("cases", "inquiries") else "case_id"
        parts += [str(r) for r in store.query(f"SELECT * FROM {table} WHERE {key} = ?",
                                              (root_id,))]
    for table in ("changes", "rejected_changes"):
        parts += [r[0] for r in store.query(f"SELECT fields FROM {table} WHERE case_id = ?",
                                            (root_id,))]
    return "\n".join(parts)


def test_every_row_and_logged_change_is_rewritten_whatever_the_clocks(core):
    case = recorded(core)
    all_pushed(core)
    arrives(core, case["id"])
    text = held(core, case["id"])
    assert not any(p in text for p in PERSONAL), text
    detail = core.cases.get(case["id"])
    assert detail.worker["name"] == pdp.ANON_MARKER and detail.worker["birth_date"] == ""
    assert detail.case["description"] == pdp.ANON_MARKER
    assert {e["summary"] for e in detail.events} <= {"", pdp.ANON_MARKER}
    assert [a.filename for a in detail.attachments] == [pdp.ANON_MARKER]
    assert (detail.case["category"], detail.worker["destination_country"],
            detail.worker["sex"], detail.case["received_at"]) == (
        "gaji_tidak_dibayar", "MY", "P", case["received_at"])
    assert core.search.search("Dewi Lestari") == []
    assert outbox_errors(core.store) == []


def test_the_attachments_content_goes_unless_a_live_case_names_it(core):
    shared, own = scan(2), scan(3)
    case = recorded(core, own)
    core.attachments.attach(case["case_number"], shared, "kk.pdf")
    other = recorded(core, shared)
    all_pushed(core)
    arrives(core, case["id"])
    stored = {r[0] for r in core.store.query("SELECT sha256 FROM blobs")}
    assert hashlib.sha256(own).hexdigest() not in stored
    assert hashlib.sha256(shared).hexdigest() in stored
    assert core.store.query("SELECT count(*) FROM blob_chunks WHERE sha256 = ?",
                            (hashlib.sha256(own).hexdigest(),))[0][0] == 0
    assert core.attachments.list(other["case_number"])[0].local


def test_it_may_run_again_and_changes_nothing_the_second_time(core):
    case = recorded(core)
    all_pushed(core)
    arrives(core, case["id"])
    before = (held(core, case["id"]), core.store.query("SELECT count(*) FROM changes"))
    with Replica(core.store)._tx() as conn:
        anonymise_root(conn, "case", case["id"])
    assert (held(core, case["id"]), core.store.query("SELECT count(*) FROM changes")) == before
    assert core.store.query("SELECT count(*) FROM removed_cases")[0][0] == 0


def test_what_was_still_to_push_stays_without_the_personal_values(core):
    case = recorded(core, content=None)
    all_pushed(core)
    number = case["case_number"]
    core.cases.add_event(number, "konsultasi", "Dewi datang lagi ke kantor.")
    core.attachments.attach(number, scan(4), "paspor-dewi.pdf")
    arrives(core, case["id"])
    pending = Replica(core.store).pending(100)
    assert pending and not any(p in json.dumps(c.fields) for c in pending for p in PERSONAL)
    assert "attachment" not in {c.entity for c in pending}  # the server would refuse it
    added = [c for c in pending if c.entity == "event" and c.op == "insert"]
    assert {c.fields["summary"] for c in added} == {pdp.ANON_MARKER}
    assert core.attachments.list(number) == []
    assert core.store.query("SELECT count(*) FROM blobs")[0][0] == 0
    assert outbox_errors(core.store) == []


def test_a_refusal_of_personal_data_is_kept_without_it(core):
    case = recorded(core, content=None)
    all_pushed(core)
    core.cases.add_event(case["case_number"], "konsultasi", "Dewi menelepon lagi.")
    replica = Replica(core.store)
    refused = [c for c in replica.pending(100) if c.entity == "event"]
    replica.set_aside([{"change_id": c.change_id, "code": "sync_case_anonymised",
                        "message_id": "dianonimkan", "message_en": "anonymised"}
                       for c in refused], NOW)
    [kept] = replica.rejected()
    assert "Dewi" not in kept["fields"] and kept["code"] == "sync_case_anonymised"
    arrives(core, case["id"])
    # The refused row existed only here: it goes with its change, the refusal stays.
    assert core.store.query("SELECT count(*) FROM events WHERE id = ?",
                            (refused[0].entity_id,))[0][0] == 0
    assert [r["change_id"] for r in replica.rejected()] == [refused[0].change_id]
    assert outbox_errors(core.store) == []


def test_no_upload_is_offered_for_content_of_an_anonymised_case(core):
    case = recorded(core)
    core.store.raw_connection.execute("UPDATE changes SET pushed_at = 'x'")
    replica = Replica(core.store)
    assert [u[0] for u in replica.uploads_pending()] == [
        hashlib.sha256(scan(1)).hexdigest()]
    core.store.raw_connection.execute("UPDATE cases SET anonymised_at = ? WHERE id = ?",
                                      (STAMP, case["id"]))
    assert replica.uploads_pending() == []


def test_an_information_request_is_anonymised_too(core):
    request = core.inquiries.record(InquiryInput(
        topic="biaya_penempatan", question="Dewi bertanya biaya ke Taiwan.",
        name="Dewi Lestari", phone="0812-3456-7890"))
    all_pushed(core)
    arrives(core, request, entity="inquiry")
    row = core.store.query_dicts("SELECT * FROM inquiries WHERE id = ?", (request,))[0]
    assert (row["question"], row["name"], row["phone"]) == (pdp.ANON_MARKER,) * 3
    assert row["topic"] == "biaya_penempatan" and row["anonymised_at"] == STAMP
    assert "Dewi" not in held(core, request)
    assert outbox_errors(core.store) == []


def test_other_cases_are_left_as_they_are(core):
    case, other = recorded(core), recorded(core, scan(9))
    all_pushed(core)
    before = held(core, other["id"])
    arrives(core, case["id"])
    assert held(core, other["id"]) == before
    assert core.search.search("Dewi Lestari") == [other["seq"]]


def test_the_pc_knows_the_servers_code_for_refused_personal_data():
    from desktop.store.replica import REFUSED_ANONYMISED
    from sync.server.services.sync_apply import MSG_ANONYMISED

    assert MSG_ANONYMISED.code == REFUSED_ANONYMISED
