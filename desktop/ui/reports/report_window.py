"""Laporan: the office's published figures for a month, quarter, year or range of dates.

One section at a time: the list of tables on the left, the chosen table beside its chart.
At 1366×768 that leaves the chart about 600×480 pixels, enough for twelve bars with their
labels; all twenty sections in one scroll area would give each chart a third of that and
make the reader scroll past tables they did not ask for. Up and down in the list walk the
sections as pages.

The figures are computed by core.reports.compute on the database thread (one short query
path, the same as the exports and the command line); the window only shows them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reports.tables import Report, Table
from desktop.domain.roles import Perm, can
from desktop.formatting import format_datetime
from desktop.messages import HaloError
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text
from desktop.ui.reports.chart_view import ReportChartView
from desktop.ui.reports.export_flow import FORMATS, ExportFlow
from desktop.ui.reports.period_picker import PeriodPicker
from desktop.ui.reports.table_model import ReportTableModel
from desktop.ui.widgets import set_busy_cursor
from desktop.ui.window_geometry import remember_geometry

ERROR_COLOUR, QUIET_COLOUR = "#c0392b", "#555555"
AUTO_COMPUTE_MS = 500
ALL_OFFICES = ""  # the office chooser's "every office" (the PST PC only)
SECTIONS_MIN, SECTIONS_MAX = 200, 310  # the list of tables, in pixels
NUMBER_HEADING_MAX = 110  # a number column's heading beyond this is elided


class ReportWindow(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ctx = ctx
        core = ctx.require_core()
        self.allowed = can(core.session.role, Perm.REPORT_VIEW)
        self.national = core.reports.is_national()  # PST: every office's cases
        self.report: Report | None = None
        self.busy = False
        self._query = 0
        remember_geometry(self, ctx, "reports", QSize(1340, 720))
        self._build_bar(today)
        self._build_body()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.computed)
        layout.addLayout(heading_row)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self.buttons)
        self.flow = ExportFlow(self, ctx)
        self.flow.finished.connect(lambda _path: self._update_buttons())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self.compute)
        self.retranslate()
        if self.allowed:
            self.compute()
        else:
            self._refuse()

    # -- building ----------------------------------------------------------------------------
    def _build_bar(self, today: date | None) -> None:
        # The office's day (its zone), not the PC's: the month a report opens on.
        self.picker = PeriodPicker(self.ctx.lang, today or self.ctx.require_core().cases.today())
        # A changed period or office recomputes by itself (shortly after the last change):
        # the figures shown, and so what Export saves, are always the chosen period's.
        self._auto = QTimer(self)
        self._auto.setSingleShot(True)
        self._auto.setInterval(AUTO_COMPUTE_MS)
        self._auto.timeout.connect(self.compute)
        self.picker.changed.connect(self._choice_changed)
        self.office = QComboBox()
        self.office.setMinimumContentsLength(22)
        self.office_label = QLabel()
        self.office_label.setBuddy(self.office)
        self._fill_offices()
        self.office.currentIndexChanged.connect(lambda _i: self._choice_changed())
        for widget in (self.office, self.office_label):
            widget.setVisible(self.national)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.compute)
        self.export_button = QPushButton()
        self.export_menu = QMenu(self)
        self.export_actions: dict[str, QAction] = {}
        for fmt in FORMATS:
            action = self.export_menu.addAction("")
            action.triggered.connect(lambda _on=False, f=fmt: self.export(f))
            self.export_actions[fmt] = action
        self.export_button.setMenu(self.export_menu)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.picker)
        self.bar.addSpacing(12)
        self.bar.addWidget(self.office_label)
        self.bar.addWidget(self.office)
        self.bar.addSpacing(12)
        self.bar.addWidget(self.show_button)
        self.bar.addWidget(self.export_button)
        self.bar.addStretch(1)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.computed = QLabel()
        self.computed.setStyleSheet(f"color: {QUIET_COLOUR};")
        self.status = QLabel()
        self.status.setWordWrap(True)

    def _build_body(self) -> None:
        self.sections_label = QLabel()
        self.sections = QListWidget()
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._sections_fitted = False
        self.sections_label.setBuddy(self.sections)
        self.sections.currentItemChanged.connect(lambda *_: self._show_section())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sections_label)
        left_layout.addWidget(self.sections, 1)
        self.title = QLabel()
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {QUIET_COLOUR};")
        self.model = ReportTableModel(self)
        self.table_view = QTableView()
        self.table_view.setModel(self.model)
        self.table_view.verticalHeader().hide()
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.table_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        self.chart_view = ReportChartView()
        self.no_chart = QLabel()
        self.no_chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_chart.setStyleSheet(f"color: {QUIET_COLOUR};")
        self.chart_stack = QStackedWidget()
        self.chart_stack.addWidget(self.chart_view)
        self.chart_stack.addWidget(self.no_chart)
        beside = QSplitter(Qt.Orientation.Horizontal)
        beside.addWidget(self.table_view)
        beside.addWidget(self.chart_stack)
        beside.setStretchFactor(0, 4)
        beside.setStretchFactor(1, 5)
        beside.setSizes([460, 580])
        beside.setChildrenCollapsible(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.note)
        right_layout.addWidget(beside, 1)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(left)
        self.body.addWidget(right)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([260, 1040])
        self.body.setChildrenCollapsible(False)
        # A plain message instead of the body: refused, failed, or nothing computed yet.
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("padding: 30px;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.message)

    def _build_buttons(self) -> None:
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.close_button)
        for button in (self.show_button, self.export_button, self.close_button):
            button.setAutoDefault(False)

    def _fill_offices(self) -> None:
        keep = self.office.currentData()
        reference, lang = self.ctx.core.reference, self.ctx.lang
        self.office.clear()
        self.office.addItem(self.tr("All offices"), ALL_OFFICES)
        for item in reference.items("office"):
            self.office.addItem(f"{item.code} – {item.label(lang)}", item.code)
        self.office.setCurrentIndex(max(self.office.findData(keep), 0) if keep else 0)

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reports"))
        self.picker.set_lang(self.ctx.lang)
        self.office_label.setText(self.tr("&Office:"))
        if self.national:
            self._fill_offices()
        self.show_button.setText(self.tr("&Show"))
        self.show_button.setToolTip(self.tr("Compute the figures for this period (Enter)"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_actions["xlsx"].setText(self.tr("&Excel (.xlsx)"))
        self.export_actions["csv"].setText(self.tr("&CSV (.csv)"))
        self.export_actions["pdf"].setText(self.tr("&PDF (.pdf)"))
        self.sections_label.setText(self.tr("Ta&bles:"))
        self.sections.setAccessibleName(self.tr("Tables"))
        self.table_view.setAccessibleName(self.tr("Figures"))
        self.chart_view.setAccessibleName(self.tr("Chart"))
        self.no_chart.setText(self.tr("This table has no chart."))
        self.close_button.setText(self.tr("&Close"))
        if not self.allowed:
            self._refuse()
        elif self.report is not None:
            self._show_report(self.report)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _refuse(self) -> None:
        """Reports are the supervisor's and the administrator's: say so, offer nothing."""
        self.message.setText(self.tr(
            "Reports are for the kepala seksi and the office administrator. Ask them for "
            "the figures you need."))
        self.message.setStyleSheet(f"color: {QUIET_COLOUR}; padding: 30px;")
        self.pages.setCurrentWidget(self.message)
        for widget in (self.picker, self.office, self.show_button, self.export_button):
            widget.setEnabled(False)

    # -- computing ---------------------------------------------------------------------------
    def chosen_office(self) -> str | None:
        """None: this PC's own scope (every office on the PST PC); else one office's code."""
        if not self.national:
            return None
        return self.office.currentData() or None

    def _choice_changed(self) -> None:
        if self.allowed:
            self.export_button.setEnabled(False)  # the figures shown are another period's
            self._auto.start()

    def compute(self) -> None:
        self._auto.stop()  # this computation takes in any pending change
        if not self.allowed:
            return
        try:
            period = self.picker.period()
        except HaloError as exc:
            self._say(exc.text(self.ctx.lang), error=True)
            return
        office, core = self.chosen_office(), self.ctx.core
        self._query += 1
        query = self._query
        self.busy = True
        set_busy_cursor(self, True)
        self._say(self.tr("Computing…"))
        self._update_buttons()
        self.ctx.tasks.run_db(lambda: core.reports.compute(period, office),
                              lambda report: self._computed(query, report),
                              lambda exc: self._failed(query, exc))

    def _computed(self, query: int, report: Report) -> None:
        if query != self._query:
            return
        self._done_computing()
        self._say("")
        self._show_report(report)

    def _failed(self, query: int, exc: BaseException) -> None:
        if query != self._query:
            return
        self._done_computing()
        self._say(error_text(exc, self.ctx.lang), error=True)
        if self.report is None:
            self.message.setText(error_text(exc, self.ctx.lang))
            self.message.setStyleSheet(f"color: {ERROR_COLOUR}; padding: 30px;")
            self.pages.setCurrentWidget(self.message)

    def _done_computing(self) -> None:
        self.busy = False
        set_busy_cursor(self, False)
        self._update_buttons()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.status.setVisible(bool(text))

    # -- showing -----------------------------------------------------------------------------
    def _show_report(self, report: Report) -> None:
        lang = self.ctx.lang
        keep = self.current_table_key()
        self.report = report
        office = (report.office_name or report.office_code) if report.office_code \
            else self.tr("All offices")
        self.heading.setText(self.tr("{office} — {period}").format(
            office=office, period=report.period.label(lang)))
        self.computed.setText(self.tr("Computed {when}").format(
            when=format_datetime(report.generated_at, report.tz, lang)))
        blocked = self.sections.blockSignals(True)
        self.sections.clear()
        for table in report.tables:
            item = QListWidgetItem(table.title(lang))
            item.setData(Qt.ItemDataRole.UserRole, table.key)
            item.setToolTip(table.title(lang))
            self.sections.addItem(item)
        keys = [t.key for t in report.tables]
        self.sections.setCurrentRow(keys.index(keep) if keep in keys else 0)
        self.sections.blockSignals(blocked)
        self._fit_sections()
        self.pages.setCurrentWidget(self.body)
        self._show_section()
        self._update_buttons()

    def _fit_sections(self) -> None:
        """The list as wide as its longest title (within reason), once: after that the
        person's own dragging of the divider is kept."""
        if self._sections_fitted or not self.sections.count():
            return
        self._sections_fitted = True
        metrics = self.sections.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.sections.item(i).text())
                     for i in range(self.sections.count()))
        left = min(max(widest + 28, SECTIONS_MIN), SECTIONS_MAX)
        self.body.setSizes([left, max(self.body.width() - left, 600)])

    def _fit_columns(self) -> None:
        """Numbers as wide as their widest cell (a long heading is elided, its tooltip
        whole); the labels take the rest."""
        header, metrics = self.table_view.horizontalHeader(), self.table_view.fontMetrics()
        bold = QFontMetrics(self._bold_font())
        model = self.model
        for column in range(1, model.columnCount()):
            cells = [metrics.horizontalAdvance(model.text(row, column))
                     for row in range(model.rowCount())]
            if model.has_total():
                cells.append(bold.horizontalAdvance(model.text(model.rowCount() - 1, column)))
            heading = max(metrics.horizontalAdvance(line) for line in str(
                model.headerData(column, Qt.Orientation.Horizontal)).split("\n"))
            width = max(max(cells, default=0), min(heading, NUMBER_HEADING_MAX)) + 18
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        if model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _bold_font(self):
        font = self.table_view.font()
        font.setBold(True)
        return font

    def current_table_key(self) -> str | None:
        item = self.sections.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_table(self) -> Table | None:
        key = self.current_table_key()
        if self.report is None or key is None:
            return None
        return self.report.table(key)

    def select_section(self, key: str) -> None:
        for row in range(self.sections.count()):
            if self.sections.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sections.setCurrentRow(row)
                return
        raise KeyError(key)

    def _show_section(self) -> None:
        table, lang = self.current_table(), self.ctx.lang
        self.model.set_table(table, lang, self.tr("Total"))
        self._fit_columns()
        self.title.setText(table.title(lang) if table else "")
        note = table.note(lang) if table else ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        if table is not None and not table.rows:
            self.no_chart.setText(self.tr("Nothing to count in this period."))
        else:
            self.no_chart.setText(self.tr("This table has no chart."))
        self.chart_view.show_table(table, lang)
        drawn = table is not None and bool(self.chart_view.chart().series())
        self.chart_stack.setCurrentWidget(self.chart_view if drawn else self.no_chart)

    def _update_buttons(self) -> None:
        ready = self.allowed and not self.busy
        self.show_button.setEnabled(ready)
        self.picker.setEnabled(self.allowed)
        self.office.setEnabled(self.allowed)
        self.export_button.setEnabled(ready and self.report is not None
                                      and not self.flow_busy())

    def flow_busy(self) -> bool:
        flow = getattr(self, "flow", None)
        return flow is not None and flow.busy

    # -- exporting ---------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        """Save the report shown (the figures as computed, not recomputed) as `fmt`."""
        if self.report is None or self.busy:
            return
        if self.flow.export_report(self.report, fmt):
            self._update_buttons()
