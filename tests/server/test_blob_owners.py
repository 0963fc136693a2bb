"""Attachment content is granted by an attachment whose office uploaded it, never by a hash.

Once, an SBY device pushed an attachment row naming the SHA-256 of an SMG scan, then
downloaded SMG's content; the upload state ("complete") also told it the scan existed.
Now an office owns a content once one of its devices uploaded it whole (it hashed right);
a row grants its content only when the office that created the row owns it. Storage is
still shared: the content is kept once, however many offices proved they hold it.
"""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from sync.server.db.tables import blob_chunks, blob_owners, blobs
from tests.server.helpers import attach_on_server, create_case
from tests.server.sync_helpers import change, real_time, round_trip

pytestmark = pytest.mark.usefixtures("backend")

SMG_SCAN = b"%PDF-1.4 scan of an SMG worker's passport " * 50


@pytest.fixture
def world(client, devices, clock):
    real_time(clock)
    pst = devices["PST"]
    return {"sby_case": create_case(client, pst, assign_to="SBY")["case"]["id"],
            "smg_case": create_case(client, pst, assign_to="SMG")["case"]["id"]}


def name_on_own_case(client, device, case_id: str, data: bytes, sha: str | None = None,
                     attachment_id: str = "att-claim") -> str:
    """Push an attachment row of `case_id` naming `sha` (the hash of `data` by default)."""
    sha = sha or hashlib.sha256(data).hexdigest()
    row = {"id": attachment_id, "case_id": case_id, "sha256": sha, "filename": "scan.pdf",
           "mime": "application/pdf", "size": len(data), "note": "", "created_at": "t",
           "created_by": "kasi"}
    answer = round_trip(client, device, [change("attachment", attachment_id, case_id, row,
                                                "1764000000000-0000-pc000001", op="insert")])
    assert answer["rejected"] == []
    return sha


def state(client, device, sha: str) -> dict:
    resp = client.get(f"/api/v1/blobs/{sha}", headers=device.headers)
    assert resp.status_code == 200, resp.text
    return resp.json()


def upload(client, device, sha: str, data: bytes, piece: int = 1000):
    offset, resp = 0, None
    while offset < len(data):
        resp = client.put(f"/api/v1/blobs/{sha}?offset={offset}", headers=device.headers,
                          content=data[offset:offset + piece])
        if resp.status_code != 200:
            return resp
        offset = resp.json()["received"]
    return resp


def owners(ctx, sha: str) -> set[str]:
    with ctx.db.read() as conn:
        return set(conn.scalars(select(blob_owners.c.office_code)
                                .where(blob_owners.c.sha256 == sha)))


def test_a_row_naming_another_offices_hash_neither_reveals_nor_grants_its_content(
        client, devices, world, ctx):
    smg, sby = devices["SMG"], devices["SBY"]
    sha = attach_on_server(client, smg, world["smg_case"], SMG_SCAN, "att-smg")
    name_on_own_case(client, sby, world["sby_case"], SMG_SCAN)
    assert state(client, sby, sha) == {"sha256": sha, "size": len(SMG_SCAN), "received": 0,
                                       "complete": False}
    resp = client.get(f"/api/v1/blobs/{sha}/content", headers=sby.headers)
    assert resp.status_code == 404 and resp.json()["error"]["code"] == "blob_not_found"
    assert b"SMG worker" not in resp.content
    # Claiming to upload it without the content proves nothing either.
    forged = bytes(len(SMG_SCAN))
    assert upload(client, sby, sha, forged).status_code == 422
    assert owners(ctx, sha) == {"SMG"}
    assert client.get(f"/api/v1/blobs/{sha}/content", headers=sby.headers).status_code == 404
    assert client.get(f"/api/v1/blobs/{sha}/content", headers=smg.headers).content == SMG_SCAN


def test_a_second_office_that_uploads_the_same_file_owns_it_and_it_is_stored_once(
        client, devices, world, ctx):
    smg, sby = devices["SMG"], devices["SBY"]
    sha = attach_on_server(client, smg, world["smg_case"], SMG_SCAN, "att-smg")
    name_on_own_case(client, sby, world["sby_case"], SMG_SCAN)
    first = client.put(f"/api/v1/blobs/{sha}?offset=0", headers=sby.headers,
                       content=SMG_SCAN[:700])
    assert first.json() == {"sha256": sha, "size": len(SMG_SCAN), "received": 700,
                            "complete": False}
    assert state(client, sby, sha)["received"] == 700  # a cut upload resumes where it was
    resp = client.put(f"/api/v1/blobs/{sha}?offset=700", headers=sby.headers,
                      content=SMG_SCAN[700:])
    assert resp.status_code == 200 and resp.json()["complete"] is True
    assert owners(ctx, sha) == {"SMG", "SBY"}
    assert state(client, sby, sha)["complete"] is True
    assert client.get(f"/api/v1/blobs/{sha}/content", headers=sby.headers).content == SMG_SCAN
    with ctx.db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(blobs)) == 1
        assert conn.scalar(select(func.sum(func.length(blob_chunks.c.data)))) == len(SMG_SCAN)


def test_a_transferred_cases_attachment_opens_at_its_new_office(client, devices, world):
    sby, smg = devices["SBY"], devices["SMG"]
    data = b"%PDF-1.4 surat kuasa " * 80
    sha = attach_on_server(client, sby, world["sby_case"], data, "att-sby")
    resp = client.post(f"/api/v1/cases/{world['sby_case']}/transfer",
                       headers=devices["PST"].headers,
                       json={"office_code": "SMG", "reason": "Pengadu pindah."})
    assert resp.status_code == 200
    assert client.get(f"/api/v1/blobs/{sha}/content", headers=smg.headers).content == data
    assert state(client, smg, sha)["size"] == len(data)


def test_the_first_upload_of_a_content_makes_its_office_the_owner(client, devices, world,
                                                                   ctx):
    sby = devices["SBY"]
    data = b"%PDF-1.4 kartu keluarga " * 40
    sha = name_on_own_case(client, sby, world["sby_case"], data, attachment_id="att-kk")
    assert state(client, sby, sha)["received"] == 0
    assert upload(client, sby, sha, data).json()["complete"] is True
    assert owners(ctx, sha) == {"SBY"}
    assert state(client, sby, sha) == {"sha256": sha, "size": len(data), "received": len(data),
                                       "complete": True}
