"""What a sync body may hold: anything malformed is a 4xx or a refused change, never a 500
or a whole batch lost for one bad change; on SQLite and PostgreSQL alike.

Once: deeply nested JSON was a 500 (RecursionError while decoding); a NUL in a text field
was a 500 on PostgreSQL and stored on SQLite; a case insert missing required columns (or an
id longer than its column) failed the whole batch with a 409 (or a 500 on PostgreSQL).
"""

from __future__ import annotations

import gzip
import json
import uuid

import pytest

from sync import protocol
from tests.server.helpers import create_case
from tests.server.sync_helpers import (
    case_insert,
    change,
    event_insert,
    hlc,
    real_time,
    round_trip,
)

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def sby_case(client, devices, clock) -> str:
    real_time(clock)
    return create_case(client, devices["PST"], assign_to="SBY")["case"]["id"]


def post(client, device, message: dict | bytes):
    """POST a body as is: JSON escapes (\\ud800) stay escapes, unlike protocol.encode."""
    raw = message if isinstance(message, bytes) else json.dumps(
        {"v": protocol.VERSION, "cursor": 0, **message}).encode("ascii")
    return client.post(protocol.SYNC_PATH, headers=device.headers, content=gzip.compress(raw))


def refused(resp) -> dict[str, tuple[str, str | None]]:
    assert resp.status_code == 200, resp.text
    answer = protocol.decode(resp.content)
    return {r["id"]: (r["code"], r.get("field")) for r in answer["rejected"]}


@pytest.mark.parametrize("raw", [
    b"[" * 200_000 + b"]" * 200_000,
    b'{"v": 1, "cursor": 0, "changes": [' + b"{\"a\": " * 100_000 + b"1" + b"}" * 100_000
    + b"]}",
], ids=["nested-lists", "nested-in-a-change"])
def test_deeply_nested_json_is_a_422(client, devices, raw):
    assert len(raw) < protocol.MAX_BODY
    resp = post(client, devices["SBY"], raw)
    assert resp.status_code == 422, resp.text
    assert resp.json()["error"]["code"] == "sync_malformed"


@pytest.mark.parametrize("bad", ["Gaji\x00belum dibayar", "Gaji\x1bbelum", "Gaji\ud800",
                                 "Gaji\rbelum"])
def test_a_control_character_in_a_text_field_is_refused_alone(client, devices, sby_case,
                                                              bad):
    sby = devices["SBY"]
    wrong = change("case", sby_case, sby_case, {"description": bad}, hlc())
    fine = event_insert(sby_case, hlc(), "Baris satu.\n\tBaris dua.")
    assert refused(post(client, sby, {"changes": [wrong, fine]})) == {
        wrong["change_id"]: ("sync_control_chars", "case.description")}
    events = client.get(f"/api/v1/cases/{sby_case}", headers=sby.headers).json()["events"]
    assert "Baris satu.\n\tBaris dua." in {e["summary"] for e in events}


@pytest.mark.parametrize("where", ["user", "created_at", "entity_id", "hlc", "change_id"])
def test_a_control_character_in_a_changes_own_fields_is_refused_alone(client, devices,
                                                                      sby_case, where):
    sby = devices["SBY"]
    wrong = event_insert(sby_case, hlc())
    wrong[where] = wrong[where] + "\x00"
    if where == "entity_id":
        wrong["fields"]["id"] = wrong["entity_id"]
    fine = event_insert(sby_case, hlc())
    resp = post(client, sby, {"changes": [wrong, fine]})
    if where == "change_id":  # it cannot even be named in the answer: the body is refused
        assert resp.status_code == 422 and resp.json()["error"]["code"] == "sync_malformed"
        return
    assert refused(resp) == {wrong["change_id"]: ("sync_control_chars", f"change.{where}")}


def test_an_audit_entry_with_a_control_character_is_refused_alone(client, devices):
    audit_id = str(uuid.uuid4())
    entry = change("audit", audit_id, "", {
        "id": audit_id, "at": "2026-12-01T03:00:00Z", "user": "kasi", "action": "login",
        "target": "", "detail": "masuk\x00"}, hlc(), op="insert")
    assert refused(post(client, devices["SBY"], {"changes": [entry]})) == {
        entry["change_id"]: ("sync_control_chars", "audit.detail")}


def test_a_case_insert_missing_required_columns_is_refused_alone(client, devices, sby_case):
    sby = devices["SBY"]
    partial = case_insert(sby, hlc())
    del partial["fields"]["received_at"], partial["fields"]["created_by"]
    fine = event_insert(sby_case, hlc())
    assert refused(post(client, sby, {"changes": [partial, fine]})) == {
        partial["change_id"]: ("sync_missing_field", "case.received_at")}
    assert client.get(f"/api/v1/cases/{sby_case}", headers=sby.headers).status_code == 200


def test_values_longer_than_their_columns_are_refused_alone(client, devices, sby_case):
    sby = devices["SBY"]
    long_id = "w" * 50  # workers.id holds 36
    worker = change("worker", long_id, sby_case, {"id": long_id, "case_id": sby_case,
                                                  "name": "Dewi"}, hlc(), op="insert")
    long_change_id = event_insert(sby_case, hlc())
    long_change_id["change_id"] = "c" * 50  # the change log holds 36
    fine = event_insert(sby_case, hlc())
    assert refused(post(client, sby, {"changes": [worker, long_change_id, fine]})) == {
        worker["change_id"]: ("sync_invalid_value", "worker.id"),
        "c" * 50: ("sync_invalid_value", "change.change_id")}


def test_a_second_worker_or_a_misnamed_document_of_a_case_is_refused_alone(client, devices,
                                                                           sby_case):
    sby = devices["SBY"]
    worker_id = str(uuid.uuid4())
    second = change("worker", worker_id, sby_case, {"id": worker_id, "case_id": sby_case,
                                                     "name": "Dewi"}, hlc(), op="insert")
    doc_id = str(uuid.uuid4())
    misnamed = change("document", doc_id, sby_case, {
        "id": doc_id, "case_id": sby_case, "doc_type": "paspor", "state": "ada",
        "note": "", "updated_at": "2026-12-01T03:00:00Z"}, hlc(), op="insert")
    fine = event_insert(sby_case, hlc())
    assert refused(post(client, sby, {"changes": [second, misnamed, fine]})) == {
        second["change_id"]: ("sync_row_exists", "worker.case_id"),
        misnamed["change_id"]: ("sync_invalid_value", "document.id")}


def test_a_national_case_for_an_office_that_does_not_exist_is_refused_alone(client, devices):
    pst = devices["PST"]
    nowhere = case_insert(pst, hlc(), office="XYZ")
    fine = case_insert(pst, hlc())
    assert refused(post(client, pst, {"changes": [nowhere, fine]})) == {
        nowhere["change_id"]: ("sync_unknown_code", "case.office_code")}
    assert round_trip(client, pst, [])["cursor"] > 0


def test_a_rebuild_page_after_an_id_with_a_control_character_is_a_422(client, devices):
    raw = json.dumps({"v": protocol.VERSION, "after": "a\x00"}).encode("ascii")
    resp = client.post(protocol.REBUILD_PATH, headers=devices["SBY"].headers,
                       content=gzip.compress(raw))
    assert resp.status_code == 422 and resp.json()["error"]["code"] == "sync_malformed"
