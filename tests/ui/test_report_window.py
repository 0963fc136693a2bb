"""The Laporan window: the period, the office, the tables beside their charts, and the
export flow (file name, progress, cancel, where it went).

The figures come from a stand-in for core.reports (FakeReports) that returns the sample
report of tests/report_samples.py: this file tests the window, not the figures.
"""

from __future__ import annotations

import dataclasses
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries, QLineSeries, QPieSeries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from desktop.crypto.keyslots import MINIMUM_KDF
from desktop.domain.reports.period import RANGE, Period
from desktop.domain.reports.tables import (
    BAR,
    COUNT,
    DAYS,
    HBAR,
    LINE,
    NO_CHART,
    PERCENT,
    PIE,
    Report,
    Table,
)
from desktop.messages import HaloError, Msg
from desktop.paths import DataPaths
from desktop.reports.files import atomic_output, check_cancel
from desktop.session.setup import InitRequest, initialize
from desktop.ui import file_dialogs
from desktop.ui.reports import export_flow
from desktop.ui.reports.period_picker import KIND_ORDER, PeriodPicker
from desktop.ui.reports.report_window import ReportWindow
from desktop.ui.reports.table_model import format_number
from tests.conftest import ADMIN, ADMIN_PW
from tests.report_samples import sample_report

TODAY = date(2026, 11, 15)
MSG_BROKEN = Msg("test_broken", "Data rusak.", "The data is damaged.")
SERIES_TYPES = {BAR: QBarSeries, HBAR: QHorizontalBarSeries, PIE: QPieSeries}


def with_no_chart_table(report: Report) -> Report:
    """The sample plus a table without a chart and one with no rows."""
    plain = dataclasses.replace(report.table("ageing"), key="plain", chart=NO_CHART)
    empty = dataclasses.replace(report.table("by_agency"), key="empty", rows=())
    return dataclasses.replace(report, tables=report.tables + (plain, empty))


class FakeReports:
    """Stands in for core.reports: records the calls, writes files whole or not at all."""

    def __init__(self, folder: Path, report: Report | None = None) -> None:
        self.folder = folder
        self.report = report or with_no_chart_table(sample_report())
        self.computed: list[tuple[Period, str | None]] = []
        self.exported: list[tuple] = []
        self.fail_compute: BaseException | None = None
        self.wait_for_cancel = False
        self.started = threading.Event()
        self.previews: list[tuple] = []
        self.counts = (3, 5)
        self.national = False

    def compute(self, period: Period, office: str | None = None) -> Report:
        self.computed.append((period, office))
        if self.fail_compute is not None:
            raise self.fail_compute
        return dataclasses.replace(self.report, period=period)

    def is_national(self) -> bool:
        return self.national

    def default_folder(self) -> Path:
        return self.folder

    def suggested_name(self, kind, period_or_number, fmt, lang="id") -> str:
        period = getattr(period_or_number, "period", None)
        return f"{kind} {period.first if period else 'now'} {lang}.{fmt}"

    def _write(self, target: Path, payload: bytes, progress, cancelled) -> Path:
        with atomic_output(target) as temp:
            temp.write_bytes(payload[:4])  # a partial file the cancel must take away
            progress(1, 3)
            self.started.set()
            if self.wait_for_cancel:
                for _ in range(500):  # at most 5 s: the test cancels long before
                    if cancelled():
                        break
                    threading.Event().wait(0.01)
            check_cancel(cancelled)
            progress(2, 3)
            temp.write_bytes(payload)
            progress(3, 3)
        return target

    def export(self, report, fmt, target, lang="id", progress=None, cancelled=None) -> Path:
        self.exported.append((report.period, fmt, Path(target), lang))
        return self._write(Path(target), f"{fmt} report".encode(), progress, cancelled)

    def case_list_preview(self, flt, search, sort=None) -> tuple[int, int]:
        self.previews.append((flt, search, sort))
        return self.counts

    def export_case_list(self, flt, search, sort, fmt, target, lang="id", progress=None,
                         cancelled=None):
        self.exported.append((flt, search, sort, fmt, Path(target), lang))
        path = self._write(Path(target), b"number;name\n", progress, cancelled)
        return dataclasses.make_dataclass("Done", ["path", "cases", "persons"])(
            path, *self.counts)


@pytest.fixture
def fake(ctx, tmp_path, monkeypatch) -> FakeReports:
    folder = tmp_path / "Documents"
    folder.mkdir()
    reports = FakeReports(folder)
    monkeypatch.setattr(ctx.core, "reports", reports)
    return reports


@pytest.fixture
def open_reports(qtbot):
    def _open(context) -> ReportWindow:
        window = ReportWindow(context, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.busy, timeout=5000)
        return window
    return _open


def record_saved(monkeypatch) -> tuple[list[tuple[str, str]], list[str]]:
    """The 'saved to' message: recorded, answered with 'Open folder'; opened URLs kept."""
    said: list[tuple[str, str]] = []
    opened: list[str] = []
    monkeypatch.setattr(export_flow, "ask_open_folder",
                        lambda _parent, title, text, _open: said.append((title, text)) or True)
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    return said, opened


@pytest.fixture
def saved_box(monkeypatch):
    return record_saved(monkeypatch)


def choose_file(monkeypatch, path: Path) -> list[tuple]:
    asked: list[tuple] = []

    def save_file(_parent, title, suggested, filters):
        asked.append((title, Path(suggested), filters))
        return str(path)
    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    return asked


# -- computing and showing ----------------------------------------------------------------

def test_the_window_computes_the_current_month_and_lists_every_table(ctx, fake, open_reports):
    window = open_reports(ctx)
    assert fake.computed == [(Period.month(2026, 11), None)]
    keys = [window.sections.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(window.sections.count())]
    assert keys == [t.key for t in window.report.tables]
    assert window.sections.item(0).text() == "Outcomes of complaints"
    assert window.heading.text() == "All offices — November 2026"
    assert not window.status.isVisibleTo(window)
    assert window.export_button.isEnabled()


@pytest.mark.parametrize("key", ["outcomes", "by_category", "by_status", "by_regency",
                                 "ageing", "workload", "trend", "plain", "empty"])
def test_each_table_shows_beside_its_chart(ctx, fake, open_reports, key):
    window = open_reports(ctx)
    window.select_section(key)
    table = window.report.table(key)
    model = window.model
    assert window.title.text() == table.title("en")
    total = 1 if table.rows and table.total and any(c.kind == COUNT for c in table.columns) else 0
    assert model.rowCount() == len(table.rows) + total
    assert model.columnCount() == len(table.columns) + 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == table.label_heading("en")
    series = window.chart_view.chart().series()
    if table.chart == NO_CHART or not table.rows:
        assert series == []
        assert window.chart_stack.currentWidget() is window.no_chart
        return
    assert window.chart_stack.currentWidget() is window.chart_view
    if table.chart == LINE:
        assert len(series) == len(table.columns)
        assert all(isinstance(s, QLineSeries) and s.count() == len(table.rows) for s in series)
        assert [s.name() for s in series] == [c.label("en") for c in table.columns]
        return
    assert len(series) == 1 and type(series[0]) is SERIES_TYPES[table.chart]
    drawn = min(len(table.rows), 12)
    column = table.chart_column
    if table.chart == PIE:
        assert series[0].count() == sum(1 for r in table.rows if r.values[column])
        assert series[0].sum() == pytest.approx(sum(r.values[column] for r in table.rows))
    else:
        bars = series[0].barSets()[0]
        values = [bars.at(i) for i in range(bars.count())]
        assert len(values) == drawn
        # Every count is on the chart: past the twelfth row they are added up as "Other".
        assert sum(values) == pytest.approx(sum(r.values[column] for r in table.rows))


def test_a_long_list_ends_in_one_other_bar_biggest_on_top(ctx, fake, open_reports):
    window = open_reports(ctx)
    window.select_section("by_regency")
    table = window.report.table("by_regency")
    assert len(table.rows) > 12
    axis = window.chart_view.chart().axes(Qt.Orientation.Vertical)[0]
    categories = axis.categories()
    # Qt draws the first category at the bottom: the biggest row is last, "Other" first.
    assert categories[0] == f"Other ({len(table.rows) - 11} more)"
    assert categories[-1] == table.rows[0].label("en")
    assert len(categories) == 12


def test_a_category_called_other_keeps_its_own_bar(ctx, fake, open_reports):
    """"Other" as a category and the rows added up are two bars with two names: a category
    axis drops a repeated name and the bars would slide under the wrong labels."""
    table = fake.report.table("by_category")
    other = next(r for r in table.rows if r.key == "lainnya")
    rows = (table.rows[0], other) + tuple(r for r in table.rows[1:] if r is not other)
    fake.report = dataclasses.replace(fake.report, tables=(
        dataclasses.replace(table, rows=rows),))
    window = open_reports(ctx)
    categories = window.chart_view.chart().axes(Qt.Orientation.Vertical)[0].categories()
    assert len(categories) == 12 == len(set(categories))
    assert categories[-2] == "Other" and categories[0].startswith("Other (")


def test_twelve_months_are_named_short_with_the_years_under_them(ctx, fake, open_reports):
    window = open_reports(ctx)
    window.select_section("trend")
    axis = window.chart_view.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories()[:3] == ["Jan", "Feb", "Mar"]
    assert axis.titleText() == "Jan 2026 – Dec 2026"


def test_numbers_are_written_as_the_reader_writes_them():
    assert format_number(1234, COUNT, "id") == "1.234"
    assert format_number(1234, COUNT, "en") == "1,234"
    assert format_number(45.2, PERCENT, "id") == "45,2 %"
    assert format_number(45.2, PERCENT, "en") == "45.2%"
    assert format_number(12.5, DAYS, "id") == "12,5"
    assert format_number(41, DAYS, "id") == "41"
    assert format_number(None, COUNT, "id") == "–"


def test_the_table_right_aligns_numbers_and_ends_in_a_bold_total(ctx, fake, open_reports):
    window = open_reports(ctx)
    window.select_section("by_category")
    model, table = window.model, window.report.table("by_category")
    last = model.rowCount() - 1
    assert model.index(0, 3).data() == f"{table.rows[0].values[2]}%"
    assert model.index(last, 0).data() == "Total"
    assert model.index(last, 1).data() == f"{sum(r.values[0] for r in table.rows):,}"
    assert model.index(last, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert not model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    align = model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    # Times have no total: the median and the 90th percentile do not add up.
    window.select_section("resolution_time")
    assert model.rowCount() == 2


def test_indonesian_labels_and_numbers(make_ctx, supervisor, tmp_path, monkeypatch,
                                       open_reports):
    ctx_id = make_ctx(supervisor, lang="id")
    monkeypatch.setattr(supervisor, "reports", FakeReports(tmp_path))
    window = open_reports(ctx_id)
    window.select_section("outcomes")
    assert window.title.text() == "Hasil penanganan pengaduan"
    assert window.model.index(0, 2).data() == "55,2 %"
    assert window.heading.text().endswith("November 2026")


def test_the_section_stays_when_the_period_changes(ctx, fake, open_reports, qtbot):
    window = open_reports(ctx)
    window.select_section("by_country")
    window.picker.kind.setCurrentIndex(KIND_ORDER.index("year"))
    window.show_button.click()
    qtbot.waitUntil(lambda: len(fake.computed) == 2 and not window.busy, timeout=5000)
    assert fake.computed[-1] == (Period.year(2026), None)
    assert window.current_table_key() == "by_country"
    assert window.heading.text().endswith("2026")


def test_enter_shows_the_figures(ctx, fake, open_reports, qtbot):
    window = open_reports(ctx)
    window.activateWindow()
    window.sections.setFocus()
    qtbot.keyClick(window.sections, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(fake.computed) == 2 and not window.busy, timeout=5000)


def test_a_failure_is_said_in_words(ctx, fake, open_reports):
    fake.fail_compute = HaloError(MSG_BROKEN)
    window = open_reports(ctx)
    assert window.report is None
    assert window.status.text() == "The data is damaged."
    assert window.pages.currentWidget() is window.message
    assert not window.export_button.isEnabled()
    assert window.show_button.isEnabled()  # try again


def test_a_reversed_range_is_refused_before_computing(ctx, fake, open_reports):
    window = open_reports(ctx)
    picker = window.picker
    picker.kind.setCurrentIndex(KIND_ORDER.index(RANGE))
    picker.first.setDate(date(2026, 10, 31))
    picker.last.setDate(date(2026, 10, 1))
    window.compute()
    assert len(fake.computed) == 1
    assert "cannot be after" in window.status.text()


def test_front_office_is_refused_politely(officer_ctx, tmp_path, monkeypatch, qtbot):
    reports = FakeReports(tmp_path)
    monkeypatch.setattr(officer_ctx.core, "reports", reports)
    window = ReportWindow(officer_ctx, today=TODAY)
    qtbot.addWidget(window)
    assert not window.allowed
    assert reports.computed == []
    assert window.pages.currentWidget() is window.message
    assert "kepala seksi" in window.message.text()
    assert not window.show_button.isEnabled() and not window.export_button.isEnabled()
    window.compute()
    assert reports.computed == []


# -- the office chooser (PST only) ---------------------------------------------------------

@pytest.fixture
def pst_ctx(tmp_path, make_ctx):
    core = initialize(DataPaths(tmp_path / "pst"),
                      InitRequest("PST", ADMIN, "Admin Pusat", ADMIN_PW), MINIMUM_KDF)
    context = make_ctx(core)
    yield context
    context.tasks.shutdown()
    QCoreApplication.processEvents()
    core.close()


def test_the_national_office_chooses_all_offices_or_one(pst_ctx, tmp_path, monkeypatch,
                                                        open_reports, qtbot):
    assert pst_ctx.core.reports.is_national()  # the real service says so
    reports = FakeReports(tmp_path)
    reports.national = True
    monkeypatch.setattr(pst_ctx.core, "reports", reports)
    window = open_reports(pst_ctx)
    assert window.office.isVisibleTo(window)
    assert window.office.currentText() == "All offices"
    assert reports.computed == [(Period.month(2026, 11), None)]
    window.office.setCurrentIndex(window.office.findData("SBY"))
    window.compute()
    qtbot.waitUntil(lambda: len(reports.computed) == 2 and not window.busy, timeout=5000)
    assert reports.computed[-1] == (Period.month(2026, 11), "SBY")


def test_an_office_pc_has_no_office_chooser(ctx, fake, open_reports):
    window = open_reports(ctx)
    assert not window.office.isVisibleTo(window)
    assert window.chosen_office() is None


# -- the period ----------------------------------------------------------------------------

def test_each_kind_of_period(qtbot):
    picker = PeriodPicker("en", TODAY)
    qtbot.addWidget(picker)
    assert picker.period() == Period.month(2026, 11)
    picker.month.setCurrentIndex(1)
    assert picker.period() == Period.month(2026, 2)
    picker.kind.setCurrentIndex(KIND_ORDER.index("quarter"))
    picker.quarter.setCurrentIndex(3)
    assert picker.period() == Period.quarter(2026, 4)
    assert picker.quarter.currentText() == "Q4"
    picker.kind.setCurrentIndex(KIND_ORDER.index("year"))
    picker.year.setValue(2025)
    assert picker.period() == Period.year(2025)
    # A range starts as the period chosen before, to be widened or narrowed.
    picker.kind.setCurrentIndex(KIND_ORDER.index(RANGE))
    assert (picker.period().first, picker.period().last) == (date(2025, 1, 1),
                                                             date(2025, 12, 31))
    picker.first.setDate(date(2026, 10, 3))
    picker.last.setDate(date(2026, 11, 14))
    assert picker.period() == Period(date(2026, 10, 3), date(2026, 11, 14), RANGE)
    picker.last.setDate(date(2026, 10, 1))
    with pytest.raises(HaloError):
        picker.period()


def test_only_the_kinds_fields_show(qtbot):
    picker = PeriodPicker("id", TODAY)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.month.isVisible() and picker.year.isVisible()
    assert not picker.first.isVisible() and not picker.quarter.isVisible()
    assert picker.month.currentText() == "November"
    picker.kind.setCurrentIndex(KIND_ORDER.index("quarter"))
    assert picker.quarter.currentText() == "Triwulan IV" or picker.quarter.currentIndex() == 3
    picker.kind.setCurrentIndex(KIND_ORDER.index(RANGE))
    assert picker.first.isVisible() and picker.last.isVisible()
    assert not picker.year.isVisible() and not picker.month.isVisible()


# -- exporting -----------------------------------------------------------------------------

def test_export_writes_the_file_and_offers_its_folder(ctx, fake, open_reports, monkeypatch,
                                                      saved_box, qtbot, tmp_path):
    window = open_reports(ctx)
    said, opened = saved_box
    asked = choose_file(monkeypatch, fake.folder / "laporan")  # the suffix is added
    progress: list[tuple[int, int]] = []
    window.flow._relay.progressed.connect(lambda d, t: progress.append((d, t)))
    window.export_actions["xlsx"].trigger()
    qtbot.waitUntil(lambda: not window.flow.busy, timeout=5000)
    target = fake.folder / "laporan.xlsx"
    assert target.read_bytes() == b"xlsx report"
    assert window.flow.saved_path == target
    assert asked[0][1] == fake.folder / "report 2026-11-01 en.xlsx"
    assert "xlsx" in asked[0][2]
    assert fake.exported == [(Period.month(2026, 11), "xlsx", target, "en")]
    assert progress[-1] == (3, 3)
    assert said and str(target) in said[0][1]
    assert opened == [str(fake.folder)]
    assert sorted(p.name for p in fake.folder.iterdir()) == ["laporan.xlsx"]
    assert window.export_button.isEnabled()


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_each_format_is_offered(ctx, fake, open_reports, monkeypatch, saved_box, qtbot, fmt):
    window = open_reports(ctx)
    choose_file(monkeypatch, fake.folder / f"r.{fmt}")
    window.export_actions[fmt].trigger()
    qtbot.waitUntil(lambda: not window.flow.busy, timeout=5000)
    assert (fake.folder / f"r.{fmt}").read_bytes() == f"{fmt} report".encode()


def test_cancel_leaves_nothing(ctx, fake, open_reports, monkeypatch, saved_box, qtbot,
                               message_boxes):
    window = open_reports(ctx)
    said, _opened = saved_box
    choose_file(monkeypatch, fake.folder / "laporan.xlsx")
    fake.wait_for_cancel = True
    window.export("xlsx")
    assert fake.started.wait(5)
    assert window.flow.busy and not window.export_button.isEnabled()
    window.flow.progress.findChild(QPushButton).click()  # the progress dialog's Cancel
    qtbot.waitUntil(lambda: not window.flow.busy, timeout=5000)
    assert list(fake.folder.iterdir()) == []  # not the file, not its temporary part
    assert window.flow.saved_path is None
    assert said == [] and message_boxes == []  # the person cancelled: nothing to tell
    assert window.export_button.isEnabled()


def test_choosing_no_file_starts_nothing(ctx, fake, open_reports, monkeypatch):
    window = open_reports(ctx)
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: "")
    window.export("pdf")
    assert not window.flow.busy and fake.exported == []


def test_a_failed_export_is_said(ctx, fake, open_reports, monkeypatch, message_boxes, qtbot,
                                 saved_box, tmp_path):
    window = open_reports(ctx)
    missing = tmp_path / "no-such-folder" / "laporan.csv"
    choose_file(monkeypatch, missing)
    window.export("csv")
    qtbot.waitUntil(lambda: not window.flow.busy, timeout=5000)
    assert message_boxes and message_boxes[-1][0] == "warning"
    assert "could not be saved" in message_boxes[-1][2]
    assert not missing.exists() and saved_box[0] == []


def test_a_table_rebuilt_from_json_draws_the_same(ctx, fake, open_reports):
    """The window draws what the server's JSON gives back, too (PST dashboards later)."""
    fake.report = Report.from_json(sample_report("SBY").to_json())
    window = open_reports(ctx)
    window.select_section("by_sex")
    assert isinstance(window.chart_view.chart().series()[0], QPieSeries)
    assert isinstance(window.report.table("by_sex"), Table)


# -- with the real service -----------------------------------------------------------------

def test_the_real_figures_fill_the_window_and_export_as_xlsx(ctx, qtbot, monkeypatch,
                                                              saved_box, tmp_path):
    """No stand-in: core.reports computes on the store and XlsxWriter writes the file."""
    from openpyxl import load_workbook

    from tests.conftest import make_intake

    ctx.core.cases.record_intake(make_intake())
    ctx.core.cases.record_intake(make_intake(complaint__category="ingin_dipulangkan"))
    window = ReportWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.report is not None, timeout=10000)
    assert window.report.office_code == "SBY"
    window.select_section("by_category")
    assert window.model.rowCount() >= 2
    last = window.model.rowCount() - 1
    assert window.model.index(last, 0).data() == "Total"
    assert window.model.index(last, 1).data() == "2"
    assert len(window.chart_view.chart().series()) == 1
    target = tmp_path / "laporan.xlsx"
    choose_file(monkeypatch, target)
    window.export("xlsx")
    qtbot.waitUntil(lambda: not window.flow.busy, timeout=10000)
    assert window.flow.saved_path == target
    assert len(load_workbook(target).sheetnames) >= len(window.report.tables)


def test_alt_letters_are_unique(ctx, fake, open_reports):
    from tests.ui.mnemonic_audit import mnemonic_problems

    window = open_reports(ctx)
    assert mnemonic_problems(window) == []


@pytest.mark.parametrize("today, shown", [(date(2026, 12, 5), Period.month(2026, 11)),
                                          (date(2026, 12, 6), Period.month(2026, 12)),
                                          (date(2027, 1, 2), Period.month(2026, 12))])
def test_the_month_just_ended_in_a_month_s_first_days(qtbot, today, shown):
    picker = PeriodPicker("id", today)
    qtbot.addWidget(picker)
    assert picker.period() == shown


def test_a_changed_period_recomputes_by_itself_and_export_waits(ctx, fake, open_reports, qtbot):
    window = open_reports(ctx)
    assert fake.computed == [(Period.month(2026, 11), None)]
    window.picker.month.setCurrentIndex(9)  # October
    assert not window.export_button.isEnabled()  # the figures shown are November's
    qtbot.waitUntil(lambda: fake.computed[-1] == (Period.month(2026, 10), None)
                    and not window.busy, timeout=5000)
    assert window.report.period == Period.month(2026, 10)
    assert window.export_button.isEnabled()
