"""Office scope on every endpoint and every object id (OWASP API1/API5).

A device of SMG must never read or change SBY's cases or accounts, whatever it sends; PST
devices see every office. The table below must name every operation of the OpenAPI
document, so a new endpoint cannot be added without its scope check.
"""

from __future__ import annotations

import pytest

from tests.server.helpers import attach_on_server, create_case

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def world(client, devices):
    pst, sby = devices["PST"], devices["SBY"]
    sby_case = create_case(client, pst, assign_to="SBY")["case"]
    smg_case = create_case(client, pst, assign_to="SMG", worker__name="Rina Wati",
                           worker__passport="C7654321")["case"]
    account = client.post("/api/v1/staff", headers=pst.headers, json={
        "username": "budi.sby", "full_name": "Budi Santoso", "office_code": "SBY",
        "role": "case_officer", "password": "rahasia-123"}).json()
    assert client.get(f"/api/v1/cases/{sby_case['id']}", headers=sby.headers).status_code == 200
    return {"devices": devices, "sby_case": sby_case, "smg_case": smg_case, "account": account}


def _secrets_of_sby(world) -> list[str]:
    c = world["sby_case"]
    return [c["id"], c["case_number"], "Dewi Lestari", "B1234567", world["account"]["id"],
            "budi.sby"]


def _get_one(client, h, w):
    for ref in (w["sby_case"]["id"], w["sby_case"]["case_number"],
                w["sby_case"]["case_number"].lower(), w["sby_case"]["id"].upper()):
        r = client.get(f"/api/v1/cases/{ref}", headers=h)
        assert r.status_code == 404 and r.json()["error"]["code"] == "case_not_found"
    return r


def _list(client, h, w):
    for params in ({}, {"office": "SBY"}, {"q": w["sby_case"]["case_number"]},
                   {"q": "Dewi"}, {"q": "B1234567"}, {"limit": 200}):
        r = client.get("/api/v1/cases", headers=h, params=params)
        assert r.status_code == 200
        numbers = {i["case_number"] for i in r.json()["items"]}
        assert w["sby_case"]["case_number"] not in numbers
        assert numbers <= {w["smg_case"]["case_number"]}
    return r


def _move(action):
    def probe(client, h, w):
        body = {"office_code": "SMG", "reason": "pindah", "note": ""}
        body.pop("reason" if action == "assign" else "note")
        r = client.post(f"/api/v1/cases/{w['sby_case']['id']}/{action}", headers=h, json=body)
        assert r.status_code == 403
        return r
    return probe


def _staff_list(client, h, w):
    for params in ({}, {"office": "SBY"}):
        r = client.get("/api/v1/staff", headers=h, params=params)
        assert r.status_code == 200
        assert all(u["office_code"] == "SMG" for u in r.json())
    return r


def _expect(method, path, status, body=None):
    def probe(client, h, w):
        url = path.format(user=w["account"]["id"])
        r = client.request(method, url, headers=h, json=body)
        assert r.status_code == status, r.text
        return r
    return probe


def _verify(client, h, w):
    r = client.post("/api/v1/auth/verify-password", headers=h,
                    json={"username": "budi.sby", "password": "rahasia-123"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_credentials"
    return r


def _device_unlock(client, h, w):
    # The right password of SBY's account, asked for on an SMG PC: refused like a wrong one.
    from tests.server.helpers import enrol

    smg_pc = enrol(client, client.app.state.ctx, "SMG", "PC-SMG-2", unlock_key="A" * 43)
    r = client.post("/api/v1/auth/device-unlock", headers=h, json={
        "device_id": smg_pc.device_id, "username": "budi.sby", "password": "rahasia-123"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_credentials"
    assert "A" * 43 not in r.text
    return r


def _device(client, h, w):
    r = client.get("/api/v1/device", headers=h)
    assert r.json()["office_code"] == "SMG"
    return r


def _enrol(client, h, w):
    r = client.post("/api/v1/enroll", headers=h, json={"code": "AAAA-BBBB-CCCC", "label": "x"})
    assert r.status_code == 400
    return r


def _sync_body(message: dict) -> bytes:
    from sync import protocol

    return protocol.encode({"v": protocol.VERSION, **message})


def _decoded(response) -> dict:
    from sync import protocol

    assert response.status_code == 200, response.text
    return protocol.decode(response.content)


def _sync(client, h, w):
    case_id = w["sby_case"]["id"]
    hlc = "9999999999999-0000-attacker"[:0] + "1764000000000-0000-smg00000"
    tamper = [
        {"change_id": "smg-1", "entity": "case", "entity_id": case_id, "case_id": case_id,
         "op": "update", "fields": {"status": "ditutup", "outcome": "dicabut"}, "hlc": hlc},
        {"change_id": "smg-2", "entity": "event", "entity_id": "e-smg", "case_id": case_id,
         "op": "insert", "hlc": hlc, "fields": {
             "id": "e-smg", "case_id": case_id, "event_type": "catatan", "occurred_at": "t",
             "recorded_at": "t", "user": "x", "device": "x", "summary": "disusupkan"}},
    ]
    # Claiming the changes were made before a move: SBY's case never left SMG's office.
    r = client.post("/api/v1/sync", headers=h, content=_sync_body(
        {"cursor": 0, "changes": tamper, "before_move": ["smg-1", "smg-2"]}))
    out = _decoded(r)
    assert {x["code"] for x in out["rejected"]} == {"sync_out_of_scope"}
    assert {x["id"] for x in out["rejected"]} == {"smg-1", "smg-2"} and out["restamped"] == []
    assert all(c["case_id"] != case_id for c in out["changes"])
    for secret in _secrets_of_sby(w):
        assert secret not in str(out)
    return r


def _rebuild(client, h, w):
    r = client.post("/api/v1/sync/rebuild", headers=h, content=_sync_body({"after": ""}))
    out = _decoded(r)
    assert out["cases"] == [w["smg_case"]["id"]]
    for secret in _secrets_of_sby(w):
        assert secret not in str(out)
    return r


def _drift(client, h, w):
    """Claiming to hold nothing lists only the office's own cases' digests; naming SBY's
    case in a re-download of named cases gets nothing of it."""
    r = client.post("/api/v1/sync/drift", headers=h, content=_sync_body({"buckets": {}}))
    out = _decoded(r)
    listed = {c[0] for c in out["cases"]}
    assert w["smg_case"]["id"] in listed and w["sby_case"]["id"] not in listed
    named = client.post("/api/v1/sync/rebuild", headers=h, content=_sync_body(
        {"ids": [w["sby_case"]["id"], w["smg_case"]["id"]]}))
    got = _decoded(named)
    assert got["cases"] == [w["smg_case"]["id"]]
    assert {c["case_id"] for c in got["changes"]} == {w["smg_case"]["id"]}
    for secret in _secrets_of_sby(w):
        assert secret not in str(got)
    return r


def _sby_blob(client, w) -> str:
    """An attachment of SBY's case with its content on the server (sent by the PST PC)."""
    return attach_on_server(client, w["devices"]["PST"], w["sby_case"]["id"],
                            b"%PDF-1.4 scan of an SBY passport", "att-sby")


def _blob(action):
    def probe(client, h, w):
        sha = _sby_blob(client, w)
        if action == "state":
            r = client.get(f"/api/v1/blobs/{sha}", headers=h)
        elif action == "put":
            r = client.put(f"/api/v1/blobs/{sha}?offset=0", headers=h, content=b"overwrite")
        else:
            r = client.get(f"/api/v1/blobs/{sha}/content", headers=h)
        assert r.status_code == 404 and r.json()["error"]["code"] == "blob_not_found"
        pst = w["devices"]["PST"].headers
        assert client.get(f"/api/v1/blobs/{sha}/content", headers=pst).content.startswith(b"%PDF")
        return r
    return probe


def _stats(client, h, w):
    period = {"from": "2026-11-01", "to": "2026-11-30"}
    own = client.get("/api/v1/stats", headers=h, params=period)
    assert own.status_code == 200 and own.json()["office_code"] == "SMG"
    outcomes = next(t for t in own.json()["tables"] if t["key"] == "outcomes")
    assert sum(r["values"][0] for r in outcomes["rows"]) == 1  # SMG's one case, not SBY's
    for secret in _secrets_of_sby(w):
        assert secret not in own.text
    r = client.get("/api/v1/stats", headers=h, params={**period, "office": "SBY"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "stats_other_office"
    return r


def _audit(client, h, w):
    """An office's supervisor reads their own office's trail, never another's."""
    pst = w["devices"]["PST"].headers
    created = client.post("/api/v1/staff", headers=pst, json={
        "username": "kasi.smg", "full_name": "Kasi SMG", "office_code": "SMG",
        "role": "supervisor", "password": "rahasia-123"})
    assert created.status_code == 201
    reader = {**h, "X-Halotki-User": "kasi.smg"}
    own = client.get("/api/v1/audit", headers=reader, params={"limit": "500"})
    assert own.status_code == 200
    assert {e["office_code"] for e in own.json()["entries"]} == {"SMG"}
    for secret in _secrets_of_sby(w):
        assert secret not in own.text
    r = client.get("/api/v1/audit", headers=reader, params={"office": "SBY"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "audit_other_office"
    return r


PROBES = {
    ("GET", "/api/v1/blobs/{sha256}"): _blob("state"),
    ("PUT", "/api/v1/blobs/{sha256}"): _blob("put"),
    ("GET", "/api/v1/blobs/{sha256}/content"): _blob("content"),
    ("POST", "/api/v1/sync"): _sync,
    ("POST", "/api/v1/sync/rebuild"): _rebuild,
    ("POST", "/api/v1/sync/drift"): _drift,
    ("GET", "/health"): _expect("GET", "/health", 200),
    ("POST", "/api/v1/enroll"): _enrol,
    ("GET", "/api/v1/device"): _device,
    ("POST", "/api/v1/auth/verify-password"): _verify,
    ("POST", "/api/v1/auth/device-unlock"): _device_unlock,
    ("GET", "/api/v1/cases"): _list,
    ("POST", "/api/v1/cases"): _expect("POST", "/api/v1/cases", 403, {
        "complaint": {"category": "lainnya", "channel": "telepon", "description": "x"},
        "complainant": {"name": "A", "relation": "ibu", "phones": "081234567890"},
        "assign_to": "SBY"}),
    ("GET", "/api/v1/cases/{case_ref}"): _get_one,
    ("POST", "/api/v1/cases/{case_ref}/assign"): _move("assign"),
    ("POST", "/api/v1/cases/{case_ref}/transfer"): _move("transfer"),
    ("GET", "/api/v1/offices"): _expect("GET", "/api/v1/offices", 200),
    ("POST", "/api/v1/offices"): _expect("POST", "/api/v1/offices", 403,
                                         {"code": "XYZ", "name": "X", "tz": "WIB"}),
    ("PATCH", "/api/v1/offices/{code}"): _expect("PATCH", "/api/v1/offices/SBY", 403,
                                                 {"active": False}),
    ("GET", "/api/v1/staff"): _staff_list,
    ("GET", "/api/v1/stats"): _stats,
    ("GET", "/api/v1/audit"): _audit,
    ("POST", "/api/v1/staff"): _expect("POST", "/api/v1/staff", 403, {
        "username": "mal", "full_name": "Mal", "office_code": "SBY", "role": "admin",
        "password": "rahasia-123"}),
    ("PATCH", "/api/v1/staff/{user_id}"): _expect("PATCH", "/api/v1/staff/{user}", 403,
                                                  {"password": "diganti-123", "active": False}),
}


def test_the_table_covers_every_operation(app):
    operations = {(m.upper(), p) for p, ops in app.openapi()["paths"].items() for m in ops}
    assert operations == set(PROBES)


@pytest.mark.parametrize("operation", sorted(PROBES), ids=" ".join)
def test_another_office_sees_and_changes_nothing(client, world, operation):
    smg = world["devices"]["SMG"].headers
    response = PROBES[operation](client, smg, world)
    for secret in _secrets_of_sby(world):
        assert secret not in response.text
    # Nothing of SBY changed.
    pst = world["devices"]["PST"].headers
    case = client.get(f"/api/v1/cases/{world['sby_case']['id']}", headers=pst).json()["case"]
    assert case["office_code"] == "SBY"
    staff = client.get("/api/v1/staff", headers=pst, params={"office": "SBY"}).json()
    assert [(u["username"], u["active"]) for u in staff] == [("budi.sby", True)]
    offices = {o["code"]: o["active"] for o in client.get("/api/v1/offices", headers=pst).json()}
    assert offices["SBY"] is True and "XYZ" not in offices


def test_each_office_sees_only_its_own_and_pst_sees_all(client, world):
    d = world["devices"]
    numbers = {}
    for office in ("PST", "SBY", "SMG"):
        items = client.get("/api/v1/cases", headers=d[office].headers).json()["items"]
        numbers[office] = {i["case_number"] for i in items}
    sby, smg = world["sby_case"]["case_number"], world["smg_case"]["case_number"]
    assert numbers == {"PST": {sby, smg}, "SBY": {sby}, "SMG": {smg}}
    sby_staff = client.get("/api/v1/staff", headers=d["SBY"].headers).json()
    assert [u["username"] for u in sby_staff] == ["budi.sby"]


def test_a_regional_device_cannot_use_central_operations_even_on_its_own_cases(client, world):
    sby = world["devices"]["SBY"].headers
    own = world["sby_case"]["id"]
    for path, body in ((f"/api/v1/cases/{own}/transfer", {"office_code": "SMG", "reason": "x"}),
                       (f"/api/v1/cases/{own}/assign", {"office_code": "SMG"})):
        r = client.post(path, headers=sby, json=body)
        assert r.status_code == 403 and r.json()["error"]["code"] == "national_office_only"
