"""The per-case digests behind the scope checksum stay equal to a full recomputation."""

from __future__ import annotations

import pytest

from sync import protocol
from sync.server.services import digests, sync_pull
from sync.server.services.actor import Actor
from tests.server.helpers import attach_on_server, create_case

pytestmark = pytest.mark.usefixtures("backend")


def _actor(device) -> Actor:
    return Actor(user="t", device=device.device_id, office_code=device.office,
                 national=device.office == "PST")


def _push(client, device, changes) -> dict:
    body = protocol.encode({"v": protocol.VERSION, "cursor": 0, "changes": changes})
    resp = client.post("/api/v1/sync", headers=device.headers, content=body)
    assert resp.status_code == 200
    return protocol.decode(resp.content)


def _agree(ctx, devices) -> None:
    with ctx.db.read() as conn:
        for device in devices.values():
            actor = _actor(device)
            assert sync_pull.checksum(conn, actor) == sync_pull.compute_checksum(conn, actor)


def test_digests_follow_central_writes_pushes_conflicts_and_transfers(client, ctx, devices):
    pst, sby = devices["PST"], devices["SBY"]
    _agree(ctx, devices)
    case = create_case(client, pst, assign_to="SBY")["case"]
    create_case(client, pst, assign_to="SMG", worker__passport="C7654321")
    _agree(ctx, devices)
    hlc = "1764000000000-0000-sby00000"
    out = _push(client, sby, [
        {"change_id": "e1", "entity": "event", "entity_id": "ev-1", "case_id": case["id"],
         "op": "insert", "hlc": hlc, "fields": {
             "id": "ev-1", "case_id": case["id"], "event_type": "konsultasi",
             "occurred_at": "2026-12-01T03:00:00.000000Z", "recorded_at": "t", "user": "kasi",
             "device": "d", "summary": "Konsultasi."}},
        {"change_id": "e2", "entity": "case", "entity_id": case["id"], "case_id": case["id"],
         "op": "update", "hlc": hlc.replace("0000-sby", "0001-sby"),
         "fields": {"description": "Diperbarui dari kantor."}, "base": {"description": "x"}},
    ])
    assert out["rejected"] == []
    _agree(ctx, devices)
    attach_on_server(client, sby, case["id"], b"%PDF-1.4 digest test")
    _agree(ctx, devices)
    resp = client.post(f"/api/v1/cases/{case['id']}/transfer", headers=pst.headers,
                       json={"office_code": "SMG", "reason": "Pindah."})
    assert resp.status_code == 200, resp.text
    _agree(ctx, devices)
    with ctx.db.read() as conn:
        # SBY holds no case any more: only the directory, which every office holds.
        assert sync_pull.checksum(conn, _actor(sby)) == protocol.combine(
            [digests.directory_digest(conn)])
