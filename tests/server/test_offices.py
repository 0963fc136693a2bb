"""Offices: listed for every device; created and changed by the national office."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("backend")


def test_offices_come_from_the_reference_data(client, devices):
    offices = client.get("/api/v1/offices", headers=devices["SBY"].headers).json()
    by_code = {o["code"]: o for o in offices}
    assert offices[0]["code"] == "PST" and by_code["PST"]["national"] is True
    zones = (by_code["MTR"]["tz"], by_code["JYP"]["tz"], by_code["SBY"]["tz"])
    assert zones == ("WITA", "WIT", "WIB")


def test_national_office_adds_and_changes_offices(client, devices):
    pst = devices["PST"].headers
    created = client.post("/api/v1/offices", headers=pst,
                          json={"code": "btm", "name": "BP3TKI Batam", "tz": "wib"})
    assert created.status_code == 201
    assert created.json() == {"code": "BTM", "name": "BP3TKI Batam", "tz": "WIB",
                              "national": False, "active": True}
    dup = client.post("/api/v1/offices", headers=pst,
                      json={"code": "BTM", "name": "X", "tz": "WIB"})
    assert dup.status_code == 409
    bad = client.post("/api/v1/offices", headers=pst, json={"code": "QQ", "name": "X", "tz": "UTC"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "office_tz_invalid"
    changed = client.patch("/api/v1/offices/BTM", headers=pst, json={"tz": "WITA", "active": False})
    assert changed.json()["tz"] == "WITA" and changed.json()["active"] is False
    national = client.patch("/api/v1/offices/PST", headers=pst, json={"active": False})
    assert national.json()["active"] is True  # the national office stays active
    assert client.patch("/api/v1/offices/NOPE", headers=pst, json={}).status_code == 404
