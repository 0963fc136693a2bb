"""The desktop side of sync: the status bar in every state, the bridge from the sync
thread, the sync menu, the sync log and refused changes, refreshes and removed cases."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Qt

from desktop.store.replica import Replica
from desktop.sync import errors as e
from desktop.sync.scheduler import SyncStatus
from desktop.ui.main_window import MainWindow
from desktop.ui.sync.bridge import SyncBridge
from tests.conftest import make_intake
from tests.ui.sync_fakes import NOW, WAIT_MS, Schedulers, link, start_controller


@pytest.fixture
def schedulers():
    return Schedulers()


@pytest.fixture
def synced(qtbot, ctx, schedulers):
    """ctx on an enrolled PC with a started controller (fake scheduler)."""
    link(ctx.core)
    controller = start_controller(qtbot, ctx, schedulers)
    yield controller
    controller.stop()


@pytest.fixture
def open_main(qtbot):
    def _open(context) -> MainWindow:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window._loading, timeout=WAIT_MS)
        return window
    return _open


def bar(window):
    return window.status


# -- the bridge ------------------------------------------------------------------------------

def test_the_bridge_delivers_statuses_from_another_thread_on_the_ui_thread(qtbot, qapp):
    bridge = SyncBridge()
    seen: list[tuple[SyncStatus, bool]] = []

    class Receiver(QObject):
        def take(self, status):
            seen.append((status, threading.current_thread() is threading.main_thread()))

    receiver = Receiver()
    bridge.status.connect(receiver.take, Qt.ConnectionType.QueuedConnection)
    sent = [SyncStatus(online=True, pending=n) for n in range(5)]
    worker = threading.Thread(target=lambda: [bridge.listener(s) for s in sent])
    worker.start()
    worker.join(5)
    assert seen == []  # nothing ran on the sync thread
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=WAIT_MS)
    assert [s for s, _ in seen] == sent  # in order
    assert all(on_ui for _, on_ui in seen)
    # A download's `done` from the sync thread also runs on the UI thread.
    ran = []
    threading.Thread(target=lambda: bridge.post(
        lambda: ran.append(threading.current_thread() is threading.main_thread()))).start()
    qtbot.waitUntil(lambda: ran == [True], timeout=WAIT_MS)
    bridge.close()
    bridge.listener(SyncStatus())  # after close: nothing more arrives
    qapp.processEvents()
    assert len(seen) == 5


# -- the status bar ------------------------------------------------------------------------

def test_a_pc_that_is_not_enrolled_says_only_on_this_computer(qtbot, ctx, schedulers,
                                                               open_main):
    controller = start_controller(qtbot, ctx, schedulers)
    window = open_main(ctx)
    assert controller.enrolled is False and schedulers.made == []  # no sync thread at all
    status = bar(window)
    assert status.sync_label.text() == "● Only on this computer"
    assert status.sync_message.text() == ("Not connected to a server: the data is kept on this "
                                          "computer only.")
    assert status.pending_label.isHidden() and status.progress.isHidden()
    assert status.notes_label.isHidden()
    assert not window.menu_sync.menuAction().isVisible()
    assert not window.act_sync_now.isEnabled()


@pytest.fixture
def sync_texts(monkeypatch):
    """Every (state label, message) the status bar shows, in order."""
    from desktop.ui.status_bar import MainStatusBar

    shown: list[tuple[str, str]] = []
    update = MainStatusBar._update_sync

    def recording(self) -> None:
        update(self)
        shown.append((self.sync_label.text(), self.sync_message.text()))

    monkeypatch.setattr(MainStatusBar, "_update_sync", recording)
    return shown


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_pc_that_is_not_enrolled_never_shows_connecting(qtbot, make_ctx, supervisor,
                                                          schedulers, open_main, sync_texts,
                                                          lang):
    """As at start-up: the window is up before sync starts (start() waits for the page
    check). Meanwhile a local-only PC must not say "Connecting…" ("Menghubungkan…")."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_translators
    from desktop.ui.sync.controller import SyncController

    context = make_ctx(supervisor, lang=lang)
    context.translators = install_translators(QCoreApplication.instance(), lang)
    controller = SyncController(context, supervisor, make_scheduler=schedulers)
    context.sync = controller
    window = open_main(context)
    status = bar(window)
    qtbot.waitUntil(lambda: controller.enrolled is False, timeout=WAIT_MS)
    assert schedulers.made == []  # known before sync started, and it never will
    local = ("● Only on this computer" if lang == "en" else "● Hanya di komputer ini")
    assert status.sync_label.text() == local and status.sync_label.isVisibleTo(status)
    with qtbot.waitSignal(controller.linkKnown, timeout=WAIT_MS):
        controller.start()
    assert status.sync_label.text() == local
    assert sync_texts and all(label in ("", local) for label, _ in sync_texts), sync_texts
    assert not any("Connecting" in t or "Menghubungkan" in t for pair in sync_texts
                   for t in pair)


def test_an_enrolled_pc_says_connecting_until_sync_answers(qtbot, ctx, schedulers, open_main,
                                                          sync_texts):
    from desktop.ui.sync.controller import SyncController

    link(ctx.core)
    controller = SyncController(ctx, ctx.core, make_scheduler=schedulers)
    ctx.sync = controller
    window = open_main(ctx)
    status = bar(window)
    qtbot.waitUntil(lambda: controller.enrolled is True, timeout=WAIT_MS)
    assert status.sync_label.text() == "● Connecting…"
    assert all(label in ("", "● Connecting…") for label, _ in sync_texts), sync_texts
    with qtbot.waitSignal(controller.linkKnown, timeout=WAIT_MS):
        controller.start()
    schedulers.last.say(online=True)
    qtbot.waitUntil(lambda: status.sync_label.text() == "● Online", timeout=WAIT_MS)
    controller.stop()


def test_online_shows_the_last_sync_in_the_office_zone_and_the_pending_changes(
        qtbot, ctx, synced, schedulers, open_main):
    ctx.core.cases.record_intake(make_intake())
    pending = ctx.core.sync.pending_count()
    window = open_main(ctx)
    status = bar(window)
    qtbot.waitUntil(lambda: synced.pending == pending, timeout=WAIT_MS)
    schedulers.last.say(online=True, last_success="2026-11-22T07:05:00.000000Z")
    qtbot.waitUntil(lambda: status.sync_label.text() == "● Online", timeout=WAIT_MS)
    assert status.sync_message.text() == "Last sync: 22 November 2026, 14:05 WIB"
    assert status.pending_label.text() == f"{pending} changes waiting to be sent"
    assert window.menu_sync.menuAction().isVisible() and window.act_sync_now.isEnabled()
    window.act_sync_now.trigger()
    assert schedulers.last.sync_now_calls == 1
    assert window.act_sync_now.shortcut().toString() == "F9"


def test_the_phase_and_its_progress_show_while_a_sync_runs(qtbot, ctx, synced, schedulers,
                                                           open_main):
    window = open_main(ctx)
    status = bar(window)
    schedulers.last.say(running=True, phase="push", done=3, total=10)
    qtbot.waitUntil(lambda: status.progress.isVisibleTo(status), timeout=WAIT_MS)
    assert status.progress_label.text() == "Sending 30%"
    schedulers.last.say(phase="pull", done=7, total=7)
    qtbot.waitUntil(lambda: status.progress_label.text() == "Receiving…", timeout=WAIT_MS)
    assert status.progress.maximum() == 0  # how much comes is not known: a moving bar
    schedulers.last.say(phase="upload", done=50, total=200)
    qtbot.waitUntil(lambda: status.progress_label.text() == "Uploading attachments 25%",
                    timeout=WAIT_MS)
    schedulers.last.say(running=False, phase="", online=True)
    qtbot.waitUntil(lambda: status.progress.isHidden(), timeout=WAIT_MS)


def test_the_status_bar_counts_the_cases_received_of_the_scope(qtbot, ctx, synced, schedulers,
                                                               open_main):
    window = open_main(ctx)
    status = bar(window)
    schedulers.last.say(running=True, phase="cases", done=12_345, total=50_000)
    qtbot.waitUntil(lambda: status.progress.isVisibleTo(status), timeout=WAIT_MS)
    assert status.progress_label.text() == "Receiving cases: 12,345 of 50,000"
    assert status.progress.maximum() == 1000 and status.progress.value() == 246
    schedulers.last.say(running=False, phase="", online=True)
    qtbot.waitUntil(lambda: status.progress.isHidden(), timeout=WAIT_MS)


def test_offline_says_the_data_is_safe_and_will_be_sent_later(qtbot, ctx, synced, schedulers,
                                                              open_main):
    window = open_main(ctx)
    status = bar(window)
    schedulers.last.say(online=False, error=e.ServerUnreachable(), next_try_s=40.0)
    qtbot.waitUntil(lambda: status.sync_label.text() == "● Offline", timeout=WAIT_MS)
    text = status.sync_message.text()
    assert text.startswith("Your data is safe on this computer and will be sent")
    assert "Not synchronised yet" in text
    assert status.sync_label.toolTip().startswith("Your data is safe")


def test_a_revoked_pc_says_why_once_and_stops_offering_sync(qtbot, ctx, synced, schedulers,
                                                            open_main, message_boxes):
    window = open_main(ctx)
    status = bar(window)
    revoked = e.DeviceRevoked(reason="laptop dicuri")
    schedulers.last.say(online=True, revoked=True, error=revoked)
    qtbot.waitUntil(lambda: status.sync_label.text() == "● Access revoked", timeout=WAIT_MS)
    assert status.sync_message.text() == (
        "Reason: laptop dicuri. The data on this computer can still be read.")
    assert "Contact the central administrator" in status.sync_label.toolTip()
    assert not window.act_sync_now.isEnabled()
    warnings = [m for m in message_boxes if m[0] == "warning"]
    assert len(warnings) == 1 and "laptop dicuri" in warnings[0][2]
    schedulers.last.say(pending=0)  # later statuses do not repeat the notice
    qtbot.waitUntil(lambda: synced.status.pending == 0, timeout=WAIT_MS)
    assert len([m for m in message_boxes if m[0] == "warning"]) == 1
    # The data stays readable: the list still works.
    assert window.stack.currentWidget() in (window.table, window.empty_label)


def test_a_wrong_clock_says_to_correct_the_date_and_time(qtbot, ctx, synced, schedulers,
                                                         open_main):
    window = open_main(ctx)
    status = bar(window)
    schedulers.last.say(online=True, clock_skew_ms=20 * 60 * 1000)
    qtbot.waitUntil(lambda: status.sync_label.text() == "● Clock wrong", timeout=WAIT_MS)
    assert status.sync_message.text() == (
        "This computer's clock is wrong; correct the date and time. "
        "It is about 20 minutes ahead of the server.")


def test_another_error_is_shown_in_words(qtbot, ctx, synced, schedulers, open_main):
    window = open_main(ctx)
    status = bar(window)
    schedulers.last.say(online=True, error=e.ServerError(status=503))
    qtbot.waitUntil(lambda: status.sync_label.text() == "● Sync failed", timeout=WAIT_MS)
    assert "(status 503)" in status.sync_message.text()
    assert "try again by itself" in status.sync_message.text()


def test_indonesian_texts_of_the_states(qtbot, make_ctx, supervisor, schedulers, open_main):
    from desktop.ui.i18n import install_translators
    from desktop.ui.sync.describe import sync_view

    context = make_ctx(supervisor, lang="id")
    from PySide6.QtCore import QCoreApplication
    context.translators = install_translators(QCoreApplication.instance(), "id")
    view = sync_view(True, SyncStatus(online=True, clock_skew_ms=60_000), 3, "id", "WITA")
    assert view.message.startswith("Jam komputer ini tidak tepat; perbaiki tanggal dan jam.")
    assert sync_view(False, None, None, "id", "WIB").label == "Hanya di komputer ini"
    offline = sync_view(True, SyncStatus(online=False, error=e.ServerUnreachable()), 2, "id",
                        "WIB")
    assert offline.label == "Luring" and offline.pending == "2 perubahan menunggu dikirim"
    running = sync_view(True, SyncStatus(online=True, running=True, phase="push", done=1,
                                         total=4), 0, "id", "WIB")
    assert running.progress[0] == "Mengirim"
    last = sync_view(True, SyncStatus(online=True, last_success="2026-11-22T07:05:00.000000Z"),
                     0, "id", "WITA")
    assert last.message == "Sinkron terakhir: 22 November 2026, 15.05 WITA"
    stopped = sync_view(True, SyncStatus(online=None, stopped=True), 1, "id", "WIB")
    assert stopped.label == "Sinkronisasi berhenti" and stopped.severity == "bad"
    assert "data Anda aman" in stopped.message


def test_the_pending_count_follows_local_saves(qtbot, ctx, synced, open_main):
    window = open_main(ctx)
    status = bar(window)
    before = ctx.core.sync.pending_count()  # the accounts made at set-up wait too
    qtbot.waitUntil(lambda: synced.pending == before, timeout=WAIT_MS)
    ctx.core.cases.record_intake(make_intake())
    pending = ctx.core.sync.pending_count()
    assert pending > before
    qtbot.waitUntil(lambda: status.pending_label.text()
                    == f"{pending} changes waiting to be sent", timeout=WAIT_MS)


def test_after_a_run_the_pending_count_is_read_again(qtbot, ctx, synced, schedulers, open_main):
    ctx.core.cases.record_intake(make_intake())
    window = open_main(ctx)
    status = bar(window)
    qtbot.waitUntil(lambda: bool(synced.pending), timeout=WAIT_MS)
    replica = Replica(ctx.core.store)  # as the server acknowledging every change
    replica.acknowledge([(c.change_id, None) for c in replica.pending(1000)], NOW)
    replica.record_run(NOW, NOW, "ok", 9, 0, 1, 100, 50)
    schedulers.last.run(last_success="2026-11-22T07:05:00.000000Z")
    qtbot.waitUntil(lambda: status.pending_label.text() == "All changes sent", timeout=WAIT_MS)


def test_conflicts_and_refused_changes_are_counted_with_links(qtbot, ctx, synced, schedulers,
                                                              open_main):
    window = open_main(ctx)
    status = bar(window)
    schedulers.last.say(online=True, conflicts=2, rejected=1)
    qtbot.waitUntil(lambda: status.notes_label.isVisibleTo(status), timeout=WAIT_MS)
    assert "2 conflicts to resolve" in status.notes_label.text()
    assert "1 change refused" in status.notes_label.text()
    status.linkActivated.emit("rejected")
    assert window.dialogs["rejected"].isVisible()
    window.dialogs["rejected"].close()


# -- the sync log and refused changes ----------------------------------------------------------

def test_the_sync_log_lists_past_runs_in_words(qtbot, ctx, synced):
    from datetime import timedelta

    from desktop.ui.sync.log_dialog import SyncLogDialog

    replica = Replica(ctx.core.store)
    replica.record_run(NOW, NOW + timedelta(seconds=3), "ok", 12, 4, 2, 3 * 1024, 20 * 1024)
    later = NOW + timedelta(hours=1)
    replica.record_run(later, later, "offline", 0, 0, 0, 0, 0, "server_unreachable")
    dialog = SyncLogDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT_MS)
    newest = [dialog.text(0, c) for c in range(6)]
    assert newest[0] == "22 November 2026, 15:05 WIB"
    assert newest[1] == "Offline: the server could not be reached"
    assert newest[5].startswith("The central server cannot be reached.")
    oldest = [dialog.text(1, c) for c in range(6)]
    assert oldest[:4] == ["22 November 2026, 14:05 WIB", "Succeeded", "12", "4"]
    assert oldest[4] == "↑ 3 KB · ↓ 20 KB" and oldest[5] == ""


def test_an_empty_sync_log_says_so(qtbot, ctx, synced):
    from desktop.ui.sync.log_dialog import SyncLogDialog

    dialog = SyncLogDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.empty.isVisibleTo(dialog), timeout=WAIT_MS)
    assert "No synchronisation has run" in dialog.empty.text()


def _refuse_first_pending(core, **reason) -> None:
    replica = Replica(core.store)
    change = next(c for c in replica.pending(1000) if c.entity == "worker"
                  and "employer_name" in c.fields and len(c.fields) == 1)
    replica.set_aside([{"change_id": change.change_id, "code": "invalid_value", **reason}], NOW)


def test_refused_changes_name_the_case_the_field_and_the_servers_reason(qtbot, ctx, synced):
    from desktop.ui.sync.rejected_dialog import RejectedChangesDialog

    number = ctx.core.cases.record_intake(make_intake())
    ctx.core.cases.update_people(number, worker=make_intake(
        worker__employer_name="PT Tidak Sah").worker)
    _refuse_first_pending(ctx.core, message_id="Nama majikan tidak sah.",
                          message_en="The employer's name is not valid.")
    dialog = RejectedChangesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT_MS)
    row = [dialog.text(0, c) for c in range(5)]
    assert row == ["22 November 2026, 14:05 WIB", number, "Employer (Worker (TKI))",
                   "PT Tidak Sah", "The employer's name is not valid."]
    # In Bahasa Indonesia the server's Indonesian words are used.
    ctx.settings.language = "id"
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.text(0, 4) == "Nama majikan tidak sah.", timeout=WAIT_MS)


def test_the_sync_menu_opens_the_log_and_the_refused_changes(qtbot, ctx, synced, open_main):
    window = open_main(ctx)
    window.act_sync_log.trigger()
    window.act_rejected.trigger()
    assert window.dialogs["sync_log"].isVisible() and window.dialogs["rejected"].isVisible()
    for dialog in window.dialogs.values():
        dialog.close()


# -- after a run: refresh, removed cases -------------------------------------------------------

def _open_case(qtbot, window, number):
    seq = window.ctx.core.cases.resolve(number)["seq"]
    window.open_case(seq)
    case_window = window.case_windows[seq]
    qtbot.addWidget(case_window)
    qtbot.waitUntil(lambda: case_window.detail is not None, timeout=WAIT_MS)
    return seq, case_window


def test_changes_that_arrive_refresh_the_list_and_open_cases_but_not_under_a_form(
        qtbot, ctx, synced, schedulers, open_main):
    first = ctx.core.cases.record_intake(make_intake(worker__name="Ani Pertama"))
    second = ctx.core.cases.record_intake(make_intake(worker__name="Budi Kedua"))
    window = open_main(ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT_MS)
    seq, case_window = _open_case(qtbot, window, first)
    window.select_seq(ctx.core.cases.resolve(second)["seq"])
    kept = window.current_seq()
    # What another PC recorded arrives (written here through another path than the window).
    ctx.core.cases.add_event(first, "konsultasi", "Konsultasi lewat telepon dengan ibu.")
    third = ctx.core.cases.record_intake(make_intake(worker__name="Citra Ketiga"))
    Replica(ctx.core.store).record_run(NOW, NOW, "ok", 0, 3, 1, 10, 10)
    with qtbot.waitSignal(case_window.loaded, timeout=WAIT_MS):
        schedulers.last.run()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT_MS)
    assert window.current_seq() == kept  # the officer's selection stays
    assert "Konsultasi lewat telepon" in case_window.timeline.text()

    # A form is open on the case: nothing reloads under it, it reloads once it closes.
    case_window.add_step()
    form = case_window.form
    assert form.isVisible()
    loads = []
    case_window.loaded.connect(lambda: loads.append(1))
    ctx.core.cases.add_event(first, "konsultasi", "Kedua kalinya.")
    Replica(ctx.core.store).record_run(NOW, NOW, "ok", 0, 1, 1, 10, 10)
    with qtbot.waitSignal(window.listLoaded, timeout=WAIT_MS):
        schedulers.last.run()
    assert loads == []
    form.reject()
    qtbot.waitUntil(lambda: loads == [1], timeout=WAIT_MS)
    assert "Kedua kalinya." in case_window.timeline.text()
    assert third


def test_a_run_that_received_nothing_reloads_nothing(qtbot, ctx, synced, schedulers, open_main):
    window = open_main(ctx)
    loads = []
    window.listLoaded.connect(lambda: loads.append(1))
    Replica(ctx.core.store).record_run(NOW, NOW, "ok", 2, 0, 1, 10, 10)
    with qtbot.waitSignal(synced.runFinished, timeout=WAIT_MS):
        schedulers.last.run()
    assert loads == []


def test_cases_transferred_away_are_named_once_and_their_windows_close(
        qtbot, ctx, synced, schedulers, open_main, message_boxes):
    leaving = ctx.core.cases.record_intake(make_intake(worker__name="Pindah Kantor"))
    staying = ctx.core.cases.record_intake(make_intake(worker__name="Tetap Di Sini"))
    window = open_main(ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT_MS)
    _seq, case_window = _open_case(qtbot, window, leaving)
    # As the engine does it: its changes were pushed, then the case leaves this PC.
    replica = Replica(ctx.core.store)
    replica.acknowledge([(c.change_id, None) for c in replica.pending(1000)], NOW)
    assert replica.remove_case(ctx.core.cases.resolve(leaving)["id"], "transferred", NOW)
    replica.record_run(NOW, NOW, "ok", 0, 2, 1, 10, 10)
    schedulers.last.run(removed=(leaving,))
    qtbot.waitUntil(lambda: any(m[0] == "information" for m in message_boxes), timeout=WAIT_MS)
    [(_kind, title, text)] = [m for m in message_boxes if m[0] == "information"]
    assert title == "Cases moved to another office"
    assert leaving in text and staying not in text and "windows were closed" in text
    assert not case_window.isVisible()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT_MS)
    # The next status (a download, say) does not repeat the notice.
    schedulers.last.say(running=True, phase="download", done=0, total=10)
    schedulers.last.say(running=False, phase="")
    qtbot.waitUntil(lambda: not synced.status.running, timeout=WAIT_MS)
    qtbot.wait(50)  # bounded: a repeated notice would be queued by now
    assert len([m for m in message_boxes if m[0] == "information"]) == 1


def test_stopping_ignores_what_the_sync_thread_still_says(qtbot, ctx, synced, schedulers):
    scheduler = schedulers.last
    synced.stop()
    assert scheduler.stopped
    seen = []
    synced.statusChanged.connect(seen.append)
    scheduler.say(online=True)
    qtbot.wait(50)
    assert seen == [] and not synced.running
