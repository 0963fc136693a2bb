"""Central case operations: create (validated by the domain's own rules), assign, transfer."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from sync.server.db.tables import audit_log, changes
from tests.server.helpers import case_body, create_case

pytestmark = pytest.mark.usefixtures("backend")


def _status(client, case: dict, device) -> int:
    return client.get(f"/api/v1/cases/{case['id']}", headers=device.headers).status_code


def test_create_a_case_received_at_central(client, devices, ctx):
    out = create_case(client, devices["PST"])
    case = out["case"]
    assert case["case_number"] == "PST-2026-Z-00001"
    assert (case["office_code"], case["status"], case["channel"]) == ("PST", "baru", "telepon")
    assert case["created_by"] == ""
    # Normalised by the desktop's own rules.
    assert out["worker"]["birth_date"] == "1995-03-12"
    assert out["complainant"]["phones"] == "+6281234567890"
    docs = {d["doc_type"]: d["state"] for d in out["documents"]}
    assert docs["paspor"] == "tidak_ada" and len(docs) == 10
    assert [e["event_type"] for e in out["events"]] == ["pengaduan_diterima"]
    second = create_case(client, devices["PST"])
    assert second["case"]["case_number"] == "PST-2026-Z-00002"


def test_case_numbers_follow_the_year_of_the_national_office(client, devices, clock):
    clock.advance(days=40)  # 1 January 2027, 10.00 WIB
    assert create_case(client, devices["PST"])["case"]["case_number"] == "PST-2027-Z-00001"


def test_the_acting_user_is_recorded(client, devices, ctx):
    headers = {**devices["PST"].headers, "X-Halotki-User": "Operator.Pusat"}
    resp = client.post("/api/v1/cases", json=case_body(), headers=headers)
    assert resp.status_code == 201
    assert resp.json()["case"]["created_by"] == "operator.pusat"
    assert resp.json()["events"][0]["user"] == "operator.pusat"
    with ctx.db.read() as conn:
        row = conn.execute(select(audit_log).where(audit_log.c.action == "case.created")).one()
    assert (row.user, row.device, row.target) == ("operator.pusat", devices["PST"].device_id,
                                                   resp.json()["case"]["case_number"])
    bad = client.post("/api/v1/cases", json=case_body(),
                      headers={**devices["PST"].headers, "X-Halotki-User": "a b"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "acting_user_invalid"


def test_invalid_intake_lists_every_field_at_fault(client, devices):
    body = case_body(worker__nik="1234", complainant__phones="abc", complaint__category="nope")
    resp = client.post("/api/v1/cases", json=body, headers=devices["PST"].headers)
    assert resp.status_code == 422
    err = resp.json()["error"]
    assert err["code"] == "validation_failed"
    fields = {f["field"]: f for f in err["details"]["fields"]}
    assert {"worker.nik", "complainant.phones", "complaint.category"} <= set(fields)
    assert fields["worker.nik"]["message_id"].startswith("NIK")
    assert "1234" not in resp.text  # never echoes what was sent


def test_a_naive_received_at_is_refused(client, devices):
    body = case_body(complaint__received_at="2026-11-20T10:00:00")
    resp = client.post("/api/v1/cases", json=body, headers=devices["PST"].headers)
    assert resp.status_code == 422
    body = case_body(complaint__received_at="2026-11-20T10:00:00+07:00")
    ok = client.post("/api/v1/cases", json=body, headers=devices["PST"].headers)
    assert ok.json()["case"]["received_at"] == "2026-11-20T03:00:00.000000Z"


def test_create_and_assign_at_once(client, devices):
    out = create_case(client, devices["PST"], assign_to="SBY")
    assert out["case"]["office_code"] == "SBY"
    assert [e["event_type"] for e in out["events"]] == ["pengaduan_diterima", "ditugaskan"]
    sby = client.get(f"/api/v1/cases/{out['case']['case_number']}", headers=devices["SBY"].headers)
    assert sby.status_code == 200


def test_assign_a_central_case_once(client, devices, ctx):
    pst = devices["PST"].headers
    case = create_case(client, devices["PST"])["case"]
    assert _status(client, case, devices["SBY"]) == 404
    resp = client.post(f"/api/v1/cases/{case['id']}/assign", headers=pst,
                       json={"office_code": "SBY", "note": "Domisili Surabaya"})
    assert resp.status_code == 200
    out = resp.json()
    assert out["case"]["office_code"] == "SBY"
    event = out["events"][-1]
    assert (event["event_type"], event["summary"], event["data"]) == (
        "ditugaskan", "Domisili Surabaya", {"from": "PST", "to": "SBY"})
    assert _status(client, case, devices["SBY"]) == 200
    again = client.post(f"/api/v1/cases/{case['id']}/assign", headers=pst,
                        json={"office_code": "SMG"})
    assert again.status_code == 409 and again.json()["error"]["code"] == "case_already_assigned"


def test_transfer_records_the_reason_on_the_timeline_and_the_office_it_left(client, devices, ctx,
                                                                            clock):
    pst = devices["PST"].headers
    case = create_case(client, devices["PST"], assign_to="SBY")["case"]
    clock.advance(minutes=5)
    no_reason = client.post(f"/api/v1/cases/{case['id']}/transfer", headers=pst,
                            json={"office_code": "SMG", "reason": "  "})
    assert no_reason.status_code == 422
    resp = client.post(f"/api/v1/cases/{case['id']}/transfer", headers=pst,
                       json={"office_code": "SMG", "reason": "Keluarga pindah ke Semarang"})
    assert resp.status_code == 200
    event = resp.json()["events"][-1]
    assert (event["event_type"], event["summary"]) == ("dialihkan", "Keluarga pindah ke Semarang")
    assert event["data"] == {"from": "SBY", "to": "SMG"}
    assert _status(client, case, devices["SBY"]) == 404
    assert _status(client, case, devices["SMG"]) == 200
    with ctx.db.read() as conn:
        move = conn.execute(select(changes).where(changes.c.entity == "case",
                                                  changes.c.op == "update")).mappings().one()
    assert (move["office_code"], move["left_office"], move["case_id"]) == ("SMG", "SBY", case["id"])
    assert json.loads(move["fields"]).keys() == {"office_code", "updated_at"}
    # The edit names the versions it overwrote: those of the case's insert.
    base = json.loads(move["base"])
    assert set(base) == {"office_code", "updated_at"} and len(set(base.values())) == 1


@pytest.mark.parametrize(("office", "status", "code"), [
    ("SBY", 409, "transfer_same_office"), ("XYZ", 404, "office_not_found"),
    ("x1", 400, "office_code_invalid"),
])
def test_transfer_targets_are_checked(client, devices, office, status, code):
    case = create_case(client, devices["PST"], assign_to="SBY")["case"]
    resp = client.post(f"/api/v1/cases/{case['id']}/transfer", headers=devices["PST"].headers,
                       json={"office_code": office, "reason": "x"})
    assert resp.status_code == status and resp.json()["error"]["code"] == code


def test_no_transfer_to_an_inactive_office(client, devices):
    pst = devices["PST"].headers
    closed = client.patch("/api/v1/offices/MTR", headers=pst, json={"active": False})
    assert closed.status_code == 200
    case = create_case(client, devices["PST"], assign_to="SBY")["case"]
    resp = client.post(f"/api/v1/cases/{case['id']}/transfer", headers=pst,
                       json={"office_code": "MTR", "reason": "x"})
    assert resp.status_code == 409 and resp.json()["error"]["code"] == "office_inactive"


def test_search_by_name_passport_phone_number_and_filters(client, devices):
    pst = devices["PST"].headers
    a = create_case(client, devices["PST"], assign_to="SBY")["case"]
    b = create_case(client, devices["PST"], worker__name="Rina Wati", worker__passport="C7654321",
                    complainant__phones="+62 813 1111 2222",
                    complaint__category="ingin_dipulangkan")["case"]

    def numbers(**params):
        r = client.get("/api/v1/cases", headers=pst, params=params)
        assert r.status_code == 200, r.text
        return [i["case_number"] for i in r.json()["items"]]

    assert numbers(q="rina") == [b["case_number"]]
    assert numbers(q="c7654321") == [b["case_number"]]
    assert numbers(q="0813-1111-2222") == [b["case_number"]]  # typed the local way
    assert numbers(q=a["case_number"].lower()) == [a["case_number"]]
    assert numbers(category="ingin_dipulangkan") == [b["case_number"]]
    assert numbers(office="SBY") == [a["case_number"]]
    assert numbers(status="selesai") == []
    assert numbers(q="100%_") == []  # LIKE wildcards are text
    page = client.get("/api/v1/cases", headers=pst, params={"limit": 1, "offset": 1}).json()
    assert (page["total"], page["limit"], page["offset"]) == (2, 1, 1)
    assert [i["case_number"] for i in page["items"]] == [a["case_number"]]  # newest first


def test_search_text_is_validated(client, devices):
    resp = client.get("/api/v1/cases", headers=devices["PST"].headers, params={"q": "a\x00b"})
    assert resp.status_code == 422


def test_only_the_national_office_creates_cases(client, devices):
    resp = client.post("/api/v1/cases", json=case_body(), headers=devices["SBY"].headers)
    assert resp.status_code == 403 and resp.json()["error"]["code"] == "national_office_only"
