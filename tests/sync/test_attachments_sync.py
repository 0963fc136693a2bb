"""Attachment content between PCs: uploaded after its metadata, resumable both ways,
stored once on the server, fetched on demand, and never holding back small changes."""

from __future__ import annotations

import hashlib
import os

import pytest
from sqlalchemy import func, select

from desktop.sync import blobs
from desktop.sync import errors as e
from sync.server.db.tables import blob_chunks, cases
from sync.server.db.tables import blobs as blob_table
from tests.conftest import make_intake

pytestmark = pytest.mark.usefixtures("backend")


def scan(size: int, seed: int = 1) -> bytes:
    body = hashlib.sha256(str(seed).encode()).digest() * (size // 32 + 1)
    return (b"%PDF-1.4\n" + body)[:size]


def test_a_scan_reaches_the_other_pc_and_opens_there(make_pc):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    data = scan(300_000)
    att = a.core.attachments.attach(number, data, "paspor.pdf")
    report = a.sync()
    assert report.uploaded == 1
    b.sync()
    there = b.core.attachments.get(att.id)
    assert there.filename == "paspor.pdf" and not there.local
    b.engine().fetch(there.sha256, there.size)
    assert b.core.attachments.content(att.id) == data
    assert b.sync().checksum_ok


def test_the_same_content_is_stored_once_on_the_server(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    data = scan(100_000, seed=7)
    for pc in (a, b):
        number = pc.core.cases.record_intake(make_intake())
        pc.core.attachments.attach(number, data, "kk.pdf")
        pc.sync()
    with server_ctx.db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(blob_table)) == 1
        total = conn.scalar(select(func.sum(func.length(blob_chunks.c.data))))
    assert total == len(data)


class CutAfter:
    """Let `pieces` uploads or `bytes_` downloaded bytes through, then cut the link."""

    def __init__(self, transport, pieces: int = 10**9, bytes_: int = 10**12) -> None:
        self.transport, self.pieces, self.bytes = transport, pieces, bytes_
        self.real = transport.request
        transport.request = self.request

    def request(self, method, path, **kw):
        if method == "PUT":
            if self.pieces <= 0:
                raise e.ServerUnreachable()
            self.pieces -= 1
        resp = self.real(method, path, **kw)
        if kw.get("stream"):
            limit, real_iter = self.bytes, resp.iter_content

            def cut_iter(chunk_size=1):
                nonlocal limit
                for chunk in real_iter(chunk_size=chunk_size):
                    if len(chunk) >= limit:
                        yield chunk[:limit]
                        import requests
                        raise requests.exceptions.ChunkedEncodingError("cut")
                    limit -= len(chunk)
                    yield chunk
            resp.iter_content = cut_iter
        return resp


def test_an_upload_cut_at_60_percent_resends_less_than_a_tenth(make_pc):
    a = make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    data = scan(500_000, seed=3)
    a.core.attachments.attach(number, data, "foto.pdf")
    engine = a.engine()
    piece = blobs.piece_size(len(data))
    CutAfter(engine.transport, pieces=int(0.6 * len(data)) // piece)
    first = engine.run()
    assert first.outcome == "offline"
    sent_before = engine.transport.stats.bytes_up
    second = a.engine().run()
    assert second.outcome == "ok" and second.uploaded == 1
    # Everything sent in both runs beyond the file itself (the re-sent piece, and the
    # small sync rounds on top): under a tenth of the file.
    resent = sent_before + second.bytes_up - len(data)
    assert resent <= 0.10 * len(data)


def test_a_download_cut_part_way_resumes_from_what_arrived(make_pc):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    data = scan(400_000, seed=5)
    att = a.core.attachments.attach(number, data, "surat.pdf")
    a.sync()
    b.sync()
    engine = b.engine()
    CutAfter(engine.transport, bytes_=250_000)
    with pytest.raises(e.ServerUnreachable):
        engine.fetch(att.sha256, att.size)
    size, stored = b.engine().replica.blob_progress(att.sha256)
    assert 0 < stored <= 250_000 and size == len(data)
    again = b.engine()
    again.fetch(att.sha256, att.size)
    assert again.transport.stats.bytes_down <= len(data) - stored + 16 * 1024
    assert b.core.attachments.content(att.id) == data


def test_small_changes_go_first_while_a_large_upload_runs(make_pc, server_ctx):
    a = make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    a.core.attachments.attach(number, scan(2_000_000, seed=9) + os.urandom(64), "besar.pdf")
    engine = a.engine()
    seen_on_server = []
    urgent = {}
    real = engine.transport.request

    def request(method, path, **kw):
        if method == "PUT" and urgent and not seen_on_server:
            with server_ctx.db.read() as conn:
                seen_on_server.append(conn.scalar(
                    select(func.count()).select_from(cases)
                    .where(cases.c.case_number == urgent["number"])))
        resp = real(method, path, **kw)
        if method == "PUT" and not urgent:
            # A new complaint is recorded while the scan is being sent.
            urgent["number"] = a.core.cases.record_intake(make_intake(worker__name="Mendesak"))
        return resp

    engine.transport.request = request
    report = engine.run()
    assert report.outcome == "ok" and report.uploaded == 1
    # The new case reached the server before the upload's next piece went out.
    assert seen_on_server == [1]


def test_a_piece_that_does_not_match_is_thrown_away(make_pc, server_ctx):
    a = make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    data = scan(40_000, seed=11)
    att = a.core.attachments.attach(number, data, "rusak.pdf")
    engine = a.engine()
    real = engine.replica.read_blob
    engine.replica.read_blob = lambda sha, off, n: bytes(len(real(sha, off, n)))  # zeros
    report = engine.run()
    assert report.outcome == "error"
    with server_ctx.db.read() as conn:
        row = conn.execute(select(blob_table).where(blob_table.c.sha256 == att.sha256)).first()
    assert row.received == 0 and not row.complete
    engine.replica.read_blob = real
    assert a.engine().run().uploaded == 1
