"""The audit trail window (issue 14 §1.6): this PC's trail page by page as the table
scrolls, filters, a case opened from a row, the central server's trail on an enrolled PC,
failures told in the person's language, and one Alt letter per place in both languages."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.services import audit
from desktop.services.audit_trail import AuditTrailService, TrailChoices
from desktop.sync import errors as central_errors
from desktop.ui.audit_window import CENTRAL, AuditTrailWindow
from desktop.ui.i18n import install_translators, remove_translators
from tests.ui.mnemonic_audit import mnemonic_problems

TRANSLATIONS = Path("/work/tr/audit.json")


@pytest.fixture(autouse=True)
def registered(ctx, officer_ctx):
    """core.audit_trail, as the core registers it (a no-op once it does)."""
    for context in (ctx, officer_ctx):
        core = context.core
        if not hasattr(core, "audit_trail"):
            core.audit_trail = AuditTrailService(core)


def write_rows(core, rows) -> None:
    """(at, user, action, target) rows in the PC's trail at those instants."""
    with core.write() as tx:
        for at, user, action, target in rows:
            core.audit.add(tx, action, target=target, at=at, user=user)


def reads(core) -> int:
    return core.store.query_one("SELECT count(*) FROM audit_log WHERE action = ?",
                                (audit.AUDIT_TRAIL_READ,))[0]


def open_window(qtbot, ctx) -> AuditTrailWindow:
    window = AuditTrailWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.last is not None or window.empty.isVisible(),
                    timeout=5000)
    return window


def shown(window) -> list[list[str]]:
    return [line.split("\t") for line in window.text().splitlines()]


ROWS = [
    ("2026-11-02T03:04:05.000000Z", "kasi", audit.CASE_VIEWED, "SBY-2026-A-00001"),
    ("2026-11-03T03:00:00.000000Z", "petugas", audit.RECEIPT_PRINTED, "SBY-2026-A-00002"),
    ("2026-11-04T03:00:00.000000Z", "kasi", audit.CASE_LIST_EXPORTED, "daftar.xlsx"),
]


def test_the_trail_newest_first_in_words_people_read(qtbot, ctx):
    write_rows(ctx.core, ROWS)
    window = open_window(qtbot, ctx)
    novembers = [r for r in shown(window) if "/11/2026" in r[0]]
    assert [r[3] for r in novembers] == ["Case list exported", "Receipt printed", "Case opened"]
    opened = novembers[-1]
    # 03:04:05 UTC is 10:04:05 in Surabaya (WIB); the account by the name people know.
    assert opened[:2] == ["02/11/2026 10:04:05", "Kasi"]
    assert opened[2].startswith("SBY-") and opened[4] == "SBY-2026-A-00001"
    assert window.summary.text().startswith(f"{len(window.model.entries)} of ")
    assert reads(ctx.core) == 1  # opening the window is one reading


def test_filters_make_a_new_reading(qtbot, ctx):
    write_rows(ctx.core, ROWS)
    window = open_window(qtbot, ctx)
    window.action.setCurrentIndex(window.action.findData(audit.RECEIPT_PRINTED))
    window.since.set_value(date(2026, 11, 1))
    window.show_trail()
    qtbot.waitUntil(lambda: len(window.model.entries) == 1, timeout=5000)
    assert shown(window)[0][4] == "SBY-2026-A-00002"
    window.action.setCurrentIndex(0)
    window.target.setText("sby-2026-a-00001")
    window.show_trail()
    qtbot.waitUntil(lambda: [r[4] for r in shown(window)] == ["SBY-2026-A-00001"],
                    timeout=5000)
    assert reads(ctx.core) == 3


def test_pages_come_as_the_table_scrolls(qtbot, ctx):
    write_rows(ctx.core, [(f"2026-10-01T03:{i // 60:02d}:{i % 60:02d}.000000Z", "kasi",
                           audit.CASE_VIEWED, f"SBY-2026-A-{i:05d}") for i in range(450)])
    window = open_window(qtbot, ctx)
    window.resize(1000, 500)
    assert len(window.model.entries) == 200  # the first page only
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(window.model.entries) == 400, timeout=5000)
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(window.model.entries) > 450, timeout=5000)
    assert not window.model.canFetchMore()
    ids = [e.id for e in window.model.entries]
    assert len(set(ids)) == len(ids)
    assert reads(ctx.core) == 1  # one reading, whatever the number of pages


def test_a_case_number_opens_its_case(qtbot, ctx):
    write_rows(ctx.core, ROWS)
    window = open_window(qtbot, ctx)
    rows = window.model.entries
    export = next(i for i, e in enumerate(rows) if e.target == "daftar.xlsx")
    window.table.setCurrentIndex(window.model.index(export, 0))
    assert not window.open_button.isEnabled()
    viewed = next(i for i, e in enumerate(rows) if e.target == "SBY-2026-A-00001")
    window.table.setCurrentIndex(window.model.index(viewed, 0))
    with qtbot.waitSignal(window.openCaseRequested) as opened:
        window.open_button.click()
    assert opened.args == ["SBY-2026-A-00001"]


def test_a_bad_filter_is_told_and_reads_nothing(qtbot, ctx):
    window = open_window(qtbot, ctx)
    before = reads(ctx.core)
    window.since.set_value(date(2026, 11, 5))
    window.until.set_value(date(2026, 11, 1))
    window.show_trail()
    qtbot.waitUntil(window.empty.isVisible, timeout=5000)
    assert "first day cannot be after" in window.empty.text()
    assert reads(ctx.core) == before
    assert window.show_button.isEnabled()  # fix the dates and show again


def test_an_officer_is_told_the_role_cannot(qtbot, officer_ctx):
    window = open_window(qtbot, officer_ctx)
    assert "not allowed" in window.empty.text()
    assert not window.table.isVisible()


class FakeClient:
    def __init__(self, answers) -> None:
        self.answers, self.asked = list(answers), []

    def read_audit(self, **params):
        self.asked.append(params)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def central_entry(number: int, office: str = "SMG", user: str = "tono") -> dict:
    return {"id": f"id-{number:04d}", "at": "2026-11-04T02:00:00.000000Z", "user": user,
            "device": "d" * 32, "device_label": f"{office}-B PC-2", "office_code": office,
            "action": "case.assigned", "target": f"{office}-2026-B-{number:05d}",
            "detail": '{"cases": 1}'}


@pytest.fixture
def national(monkeypatch, ctx):
    """The national office's enrolled PC, its server answering with `answers`."""
    trail = ctx.core.audit_trail
    choices = TrailChoices(("kasi",), (audit.CASE_VIEWED,), True, True)
    monkeypatch.setattr(trail, "choices", lambda: choices)

    def serve(answers) -> FakeClient:
        client = FakeClient(answers)
        monkeypatch.setattr(trail, "central_client", lambda: client)
        return client
    return serve


def test_the_national_pc_reads_every_office_at_central(qtbot, ctx, national):
    client = national([
        {"entries": [central_entry(i) for i in range(200)], "next_cursor": "c2"},
        {"entries": [central_entry(200)], "next_cursor": None}])
    window = open_window(qtbot, ctx)
    window.source.setCurrentIndex(window.source.findData(CENTRAL))
    assert window.office.isEnabled()
    window.office.setCurrentIndex(window.office.findData("SMG"))
    window.show_trail()
    qtbot.waitUntil(lambda: len(window.model.entries) == 200, timeout=5000)
    assert client.asked[0]["office"] == "SMG" and client.asked[0]["cursor"] == ""
    first = shown(window)[0]
    assert first[2:5] == ["SMG-B PC-2", "Case assigned to an office", "SMG-2026-B-00000"]
    assert first[5] == "cases: 1"
    assert "scroll down" in window.summary.text()
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(window.model.entries) == 201, timeout=5000)
    assert client.asked[1]["cursor"] == "c2"
    assert window.summary.text() == "201 entries, newest first."


def test_a_refusal_of_the_server_is_told_in_its_words(qtbot, ctx, national):
    from desktop.messages import Msg

    refused = central_errors.Forbidden(Msg("audit_read_refused", "Hanya kepala seksi.",
                                           "Only supervisors."), server_code="audit_read_refused")
    national([refused])
    window = open_window(qtbot, ctx)
    window.source.setCurrentIndex(window.source.findData(CENTRAL))
    window.show_trail()
    qtbot.waitUntil(lambda: "Only supervisors." in window.empty.text(), timeout=5000)
    window.source.setCurrentIndex(0)  # this PC's own trail still reads
    window.show_trail()
    qtbot.waitUntil(window.table.isVisible, timeout=5000)


def test_an_office_pc_reads_its_office_at_central_without_choosing_an_office(qtbot, ctx,
                                                                            monkeypatch):
    trail = ctx.core.audit_trail
    monkeypatch.setattr(trail, "choices", lambda: TrailChoices((), (), True, False))
    client = FakeClient([{"entries": [central_entry(1, "SBY", "kasi"),
                                      central_entry(2, "SMG", "kasi")], "next_cursor": None}])
    monkeypatch.setattr(trail, "central_client", lambda: client)
    window = open_window(qtbot, ctx)
    assert window.office.isHidden()
    window.source.setCurrentIndex(window.source.findData(CENTRAL))
    assert window.source.currentText() == "The office's PCs (central server)"
    window.show_trail()
    qtbot.waitUntil(lambda: len(window.model.entries) == 2, timeout=5000)
    assert client.asked[0]["office"] == ""
    # The office's own "kasi" by name; another office's "kasi" is someone else.
    assert [r[1] for r in shown(window)] == ["Kasi", "kasi"]


# -- both languages -------------------------------------------------------------------------

def catalogue(tmp_path: Path) -> Path:
    """This window's Indonesian strings (TRANSLATIONS) as a compiled catalogue."""
    ts = ET.Element("TS", version="2.1", language="id_ID")
    by_context: dict[str, ET.Element] = {}
    for item in json.loads(TRANSLATIONS.read_text("utf-8")):
        context = by_context.get(item["context"])
        if context is None:
            context = by_context[item["context"]] = ET.SubElement(ts, "context")
            ET.SubElement(context, "name").text = item["context"]
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = item["source"]
        ET.SubElement(message, "translation").text = item["translation"]
    source, qm = tmp_path / "audit_id.ts", tmp_path / "audit_id.qm"
    ET.ElementTree(ts).write(source, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(qm)], check=True)
    return qm


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_alt_letter_leads_to_one_place(qtbot, make_ctx, supervisor, tmp_path, lang):
    ctx = make_ctx(supervisor, lang)
    supervisor.audit_trail = getattr(supervisor, "audit_trail", None) or AuditTrailService(
        supervisor)
    app = QCoreApplication.instance()
    ctx.translators = install_translators(app, lang)
    if lang == "id" and TRANSLATIONS.exists():  # until they are merged into the catalogue
        mine = QTranslator(app)
        assert mine.load(str(catalogue(tmp_path)))
        app.installTranslator(mine)
        ctx.translators.append(mine)
    try:
        window = open_window(qtbot, ctx)
        assert window.windowTitle() == ("Jejak audit" if lang == "id" else "Audit trail")
        assert mnemonic_problems(window) == []
    finally:
        remove_translators(app, ctx.translators)
        ctx.translators = []
