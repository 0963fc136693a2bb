"""A heal downloads the cases that drifted, found by the per-case digests, not the scope.

Drift is made by writes that bypass everything (a bug, a bad restore): the next sync's
checksum differs, the PC and the server compare their checksums per bucket of case ids,
and only the cases whose digests differ come again. When too many buckets differ the
whole scope is downloaded again, as before.
"""

from __future__ import annotations

import gzip
import json

import pytest

from desktop.store.replica import Replica
from desktop.sync.engine import SyncEngine
from sync import protocol
from tests.conftest import make_intake
from tests.sync.harness import converged


class _Watching:
    """A transport that remembers the heal's requests."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.stats = inner.stats
        self.whole_pages: list[str] = []
        self.case_pages: list[list[str]] = []
        self.drifts = 0

    def round(self, message):
        return self.inner.round(message)

    def rebuild(self, after):
        self.whole_pages.append(after)
        return self.inner.rebuild(after)

    def rebuild_cases(self, ids):
        self.case_pages.append(list(ids))
        return self.inner.rebuild_cases(ids)

    def drift(self, buckets):
        self.drifts += 1
        return self.inner.drift(buckets)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def _sync_watched(pc) -> tuple[object, _Watching]:
    plain = pc.engine()
    watching = _Watching(plain.transport)
    engine = SyncEngine(plain.replica, watching, office_code=pc.office, national=pc.national,
                        user=pc.core.session.username)
    report = engine.run()
    assert report.outcome == "ok", report.error
    return report, watching


def _cases(pc, count: int) -> list[str]:
    numbers = [pc.core.cases.record_intake(make_intake(worker__name=f"Pekerja {i}"))
               for i in range(count)]
    return [pc.core.cases.get(n).case["id"] for n in numbers]


def test_one_drifted_case_is_the_only_one_downloaded_again(make_pc, server_ctx):
    sby = make_pc("SBY")
    ids = _cases(sby, 30)
    sby.sync()
    damaged = ids[7]
    sby.core.store.raw_connection.execute(
        "UPDATE workers SET employer_name = 'Rusak' WHERE case_id = ?", (damaged,))
    report, seen = _sync_watched(sby)
    assert report.healed
    assert seen.drifts == 1 and seen.whole_pages == []
    assert seen.case_pages == [[damaged]]
    assert sby.core.store.query_one("SELECT employer_name FROM workers WHERE case_id = ?",
                                    (damaged,))[0] == "Tan Ah Kow"
    assert converged(server_ctx, sby)
    assert sby.sync().checksum_ok


def test_a_case_the_server_does_not_hold_is_removed(make_pc, server_ctx):
    sby = make_pc("SBY")
    ids = _cases(sby, 3)
    sby.sync()
    stray = "ffffffff-0000-4000-8000-000000000001"
    sby.core.store.raw_connection.execute(
        "INSERT INTO inquiries (id, office_code, channel, topic, question, answer, name,"
        " phone, complainant_type, received_at, created_by, created_at, updated_at)"
        " SELECT ?, office_code, 'telepon', 'lainnya', 'Salah simpan', '', 'Salah Simpan',"
        " '', 'tki', created_at, '', created_at, updated_at FROM cases WHERE id = ?",
        (stray, ids[0]))
    report, seen = _sync_watched(sby)
    assert report.healed and seen.whole_pages == [] and seen.case_pages == []
    assert sby.core.store.query("SELECT id FROM inquiries WHERE id = ?", (stray,)) == []
    assert converged(server_ctx, sby)


def test_a_drifted_directory_is_merged_again_without_the_cases(make_pc, server_ctx):
    sby = make_pc("SBY")
    _cases(sby, 5)
    sby.sync()
    sby.core.store.raw_connection.execute(
        "UPDATE stakeholders SET name = 'Rusak' WHERE name = 'KJRI Jeddah'")
    report, seen = _sync_watched(sby)
    assert report.healed and seen.case_pages == []
    assert seen.whole_pages and all(protocol.is_directory_page(p) is not None
                                    for p in seen.whole_pages)
    names = {r[0] for r in sby.core.store.query("SELECT name FROM stakeholders")}
    assert "KJRI Jeddah" in names and "Rusak" not in names
    assert converged(server_ctx, sby)


def test_when_most_of_the_scope_drifted_the_whole_scope_comes_again(make_pc, server_ctx):
    sby = make_pc("SBY")
    _cases(sby, protocol.MAX_DRIFT_BUCKETS * 3)
    sby.sync()
    sby.core.store.raw_connection.execute("UPDATE workers SET employer_name = 'Rusak'")
    report, seen = _sync_watched(sby)
    assert report.healed and seen.whole_pages and seen.whole_pages[0] == ""
    assert converged(server_ctx, sby)


# -- the endpoints, from another office and with bad bodies ---------------------------------

def _post(pc, path: str, body: dict):
    client = pc.engine().transport.client
    data = gzip.compress(json.dumps({"v": protocol.VERSION, **body}).encode())
    return client._session.post(
        client.server_url + path, data=data,
        headers={"Authorization": f"Bearer {pc.credential.token}",
                 "Content-Type": protocol.CONTENT_TYPE}, timeout=30)


def test_an_office_sees_only_its_own_cases_digests_and_histories(make_pc):
    sby, smg = make_pc("SBY"), make_pc("SMG")
    sby_ids = _cases(sby, 4)
    sby.sync()
    _cases(smg, 4)
    smg.sync()
    seen = smg.engine().transport.drift({})  # SMG claims to hold nothing
    assert not seen["whole"]
    listed = {c[0] for c in seen["cases"]}
    assert listed and not listed & set(sby_ids)
    page = smg.engine().transport.rebuild_cases(sby_ids)
    assert page["cases"] == [] and page["changes"] == []
    assert Replica(smg.core.store).held_roots() == 4


@pytest.mark.parametrize("path, body", [
    (protocol.DRIFT_PATH, {"buckets": ["0a"]}),
    (protocol.DRIFT_PATH, {"buckets": {"0a": 5}}),
    (protocol.DRIFT_PATH, {"buckets": {f"{i:03x}": "1:00" for i in range(300)}}),
    (protocol.DRIFT_PATH, {"buckets": {"\x00": "1:00"}}),
    (protocol.REBUILD_PATH, {"ids": []}),
    (protocol.REBUILD_PATH, {"ids": "abc"}),
    (protocol.REBUILD_PATH, {"ids": [f"id-{i}" for i in range(protocol.REBUILD_CASES + 1)]}),
    (protocol.REBUILD_PATH, {"ids": [7]}),
])
def test_malformed_drift_and_case_requests_are_refused(make_pc, path, body):
    sby = make_pc("SBY")
    resp = _post(sby, path, body)
    assert resp.status_code == 422, resp.text


# -- a running total that drifted from its digests is summed again ---------------------------

def test_a_server_total_that_drifted_is_summed_again_once(make_pc, server_ctx):
    from sync.server.db.tables import scope_digests

    sby = make_pc("SBY")
    _cases(sby, 3)
    sby.sync()
    with server_ctx.db.write() as conn:
        conn.execute(scope_digests.update().where(scope_digests.c.office_code == "SBY")
                     .values(rows=scope_digests.c.rows + 1))
    report, seen = _sync_watched(sby)
    assert report.healed and seen.case_pages == [] and seen.whole_pages == []
    assert sby.sync().checksum_ok  # repaired: no heal at every sync
    assert converged(server_ctx, sby)


def test_a_pc_total_that_drifted_is_summed_again_once(make_pc, server_ctx):
    sby = make_pc("SBY")
    _cases(sby, 3)
    sby.sync()
    sby.core.store.raw_connection.execute("UPDATE digest_total SET rows = rows + 1")
    report, seen = _sync_watched(sby)
    assert report.healed and seen.case_pages == [] and seen.whole_pages == []
    assert sby.sync().checksum_ok
