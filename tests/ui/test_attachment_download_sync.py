"""An attachment received from another PC and not downloaded yet: "Open" downloads it on
the sync thread (its own connection), shows how far it got, then opens it."""

from __future__ import annotations

import hashlib

import pytest

from desktop.store.replica import Replica
from desktop.store.store import Store
from desktop.sync import errors as e
from tests.conftest import make_intake
from tests.ui.sync_fakes import NOW, WAIT_MS, Schedulers, link, start_controller
from tests.ui.test_attachments_panel import image_bytes


def _remote_attachment(core, data: bytes) -> tuple[str, str]:
    """A case with an attachment row as sync delivers it: the row before the content."""
    number = core.cases.record_intake(make_intake())
    case_id = core.cases.resolve(number)["id"]
    with core.write() as tx:
        tx.insert("attachment", {"id": "remote-1", "case_id": case_id,
                                 "sha256": hashlib.sha256(data).hexdigest(),
                                 "filename": "paspor dari SMG.png", "mime": "image/png",
                                 "size": len(data), "note": "", "created_at": tx.now,
                                 "created_by": "budi.smg"})
    return number, "remote-1"


def downloader(core, data: bytes):
    """A fetcher like the sync thread's: its own connection, two pieces, progress between."""
    def fetch(sha256, size, done, say):
        store = Store.open(core.paths.database, core.db_key)
        try:
            replica = Replica(store)
            half = size // 2
            say(running=True, phase="download", done=0, total=size)
            replica.append_download(sha256, size, 0, data[:half], NOW)
            say(done=half)
            replica.append_download(sha256, size, half, data[half:], NOW)
            say(running=False, phase="", done=size)
        finally:
            store.close()
        done(None)
    return fetch


@pytest.fixture
def open_case(qtbot):
    from desktop.ui.case_view.case_window import CaseWindow

    def _open(context, key):
        window = CaseWindow(context, key)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.detail is not None, timeout=WAIT_MS)
        window.tabs.setCurrentWidget(window.attachments)
        return window
    return _open


def test_open_downloads_shows_progress_then_opens(qtbot, ctx, open_case):
    data = image_bytes(width=300, height=400)
    number, _ = _remote_attachment(ctx.core, data)
    link(ctx.core)
    schedulers = Schedulers(fetcher=downloader(ctx.core, data))
    controller = start_controller(qtbot, ctx, schedulers)
    try:
        window = open_case(ctx, number)
        panel = window.attachments
        assert panel.open_button.isEnabled() and not panel.save_button.isEnabled()
        assert "“Open” downloads it from the central server" in panel.status.text()
        progress = []
        panel.open_button.click()
        # After the panel's own slot: what the person reads after each status.
        controller.statusChanged.connect(lambda _s: progress.append(panel.status.text()))
        qtbot.waitUntil(lambda: panel.viewer is not None, timeout=WAIT_MS)
        assert schedulers.last.fetched == [hashlib.sha256(data).hexdigest()]
        half = len(data) // 2 * 100 // len(data)
        assert f"Downloading “paspor dari SMG.png”… {half}%" in progress
        assert panel.viewer.isVisible()
        # The window reloads: the content is here now, so it can be saved too.
        qtbot.waitUntil(lambda: panel.attachments and panel.attachments[0].local,
                        timeout=WAIT_MS)
        assert panel.table.topLevelItem(0).text(5) == ""
        assert ctx.core.attachments.content("remote-1") == data
        panel.viewer.close()
    finally:
        controller.stop()


def test_offline_the_download_says_so_in_words(qtbot, ctx, open_case):
    data = image_bytes(width=30, height=40)
    number, _ = _remote_attachment(ctx.core, data)
    link(ctx.core)
    schedulers = Schedulers(fetcher=lambda sha, size, done, say: done(e.ServerUnreachable()))
    controller = start_controller(qtbot, ctx, schedulers)
    try:
        window = open_case(ctx, number)
        panel = window.attachments
        panel.open_button.click()
        qtbot.waitUntil(lambda: "could not be downloaded" in panel.status.text(),
                        timeout=WAIT_MS)
        assert "central server cannot be reached" in panel.status.text()
        assert "Try again when this computer is online" in panel.status.text()
        assert panel.viewer is None
        assert panel.open_button.isEnabled()  # may try again
    finally:
        controller.stop()


def test_without_sync_the_old_hint_stays(qtbot, ctx, open_case):
    data = image_bytes(width=30, height=40)
    number, _ = _remote_attachment(ctx.core, data)
    window = open_case(ctx, number)
    panel = window.attachments
    assert not panel.open_button.isEnabled()
    assert "after the next sync" in panel.status.text()
