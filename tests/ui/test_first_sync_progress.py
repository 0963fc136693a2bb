"""A first sync of a large scope says how many cases arrived of how many, in words (the
status bar showing it: tests/ui/test_sync_ui.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.sync.scheduler import SyncStatus
from desktop.ui.i18n import install_translators
from desktop.ui.sync.describe import progress_words, sync_view


def test_the_case_count_in_indonesian(qtbot, make_ctx, supervisor):
    context = make_ctx(supervisor, lang="id")
    context.translators = install_translators(QCoreApplication.instance(), "id")
    running = sync_view(True, SyncStatus(online=True, running=True, phase="cases", done=1_200,
                                         total=50_000), 0, "id", "WIB")
    assert running.progress_text == "Menerima kasus: 1.200 dari 50.000"
    assert progress_words("push", 1, 4, "id") == "Mengirim 25%"
    assert progress_words("pull", 7, 7, "id") == "Menerima…"


def test_an_idle_view_has_no_progress_words():
    assert sync_view(True, SyncStatus(online=True), 0, "en", "WIB").progress_text == ""
