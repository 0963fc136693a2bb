"""A report table's chart, drawn with Qt's own charting module (QtCharts).

Which chart is the table's choice (tables.py): vertical bars, horizontal bars for long
labels, a pie for shares of one whole, lines for a trend (one line per column). A chart
shows the same points as the exported charts (desktop/reports/report_labels.chart_data: at
most 12, the rest summed into one "Lainnya"/"Other" bar or slice), so a long list of
regencies or agencies stays readable and the window agrees with the workbook.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from desktop.domain.reports.tables import BAR, HBAR, LINE, PERCENT, PIE, Table
from desktop.reports.report_labels import chart_data, has_chart

LABEL_CHARS = 28  # longer category labels are shortened (the table has them whole)
BAR_COLOUR = "#2e6da4"
PALETTE = ("#2e6da4", "#e08a1e", "#3a9b5d", "#c0392b", "#8e5ea2", "#1f9fa8", "#b5892b",
           "#d35d9e", "#5d6d7e", "#7fb24a", "#a0522d", "#4a6fe3", "#9aa5b1")
PIE_LABEL_SHARE = 0.04  # a slice smaller than this keeps its label in the legend only
PIE_LEGEND_CHARS = 30
PIE_LEGEND_WIDTH = 230
MONTH_ABBR = {"id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt",
                     "Nov", "Des"),
              "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                     "Nov", "Dec")}


def shorten(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "…"


def axis_labels(labels: list[str], limit: int = LABEL_CHARS) -> list[str]:
    """Shortened labels made unique: a category axis drops a repeated label and the bars
    would slide under the wrong names (a category "Lainnya" beside the summed "Lainnya",
    or two long names that shorten alike). A repeat gets invisible zero-width spaces."""
    out: list[str] = []
    for label in labels:
        text = shorten(label, limit)
        while text in out:
            text += "\u200b"
        out.append(text)
    return out


def _value_axis(values: list[float], percent: bool) -> QValueAxis:
    axis = QValueAxis()
    top = max(values, default=0)
    if percent:
        axis.setRange(0, min(100, max(top * 1.1, 1)))
        axis.setLabelFormat("%.0f %%")
    else:
        axis.setRange(0, max(top * 1.1, 4))
        axis.setTickCount(6)
        axis.applyNiceNumbers()
        axis.setLabelFormat("%.0f")
    return axis


class ReportChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 300)
        self.table: Table | None = None
        self.lang = "id"
        self.show_table(None, "id")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self.table is not None:
            self.show_table(self.table, self.lang)
        super().changeEvent(event)

    def show_table(self, table: Table | None, lang: str) -> None:
        """Draw `table`'s chart (an empty chart when it has none or no rows)."""
        self.table, self.lang = table, lang
        old = self.chart()
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()
        if table is not None and has_chart(table):
            if table.chart == LINE:
                self._lines(chart, table)
            elif table.chart == PIE:
                self._pie(chart, table)
            elif table.chart in (BAR, HBAR):
                self._bars(chart, table, horizontal=table.chart == HBAR)
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _points(self, table: Table) -> list[tuple[str, float]]:
        """(label, value) of a one-column chart (bars or pie). The rows added up come named
        with how many they are ("Lainnya (7 lagi)", report_labels.chart_data), never
        mistaken for a category that is itself called "Lainnya"."""
        data = chart_data(table, self.lang)
        labels = list(data.categories)
        return list(zip(labels, (float(v) for v in data.series[0][1]), strict=True))

    # -- kinds -------------------------------------------------------------------------------
    def _bars(self, chart: QChart, table: Table, horizontal: bool) -> None:
        column = min(max(table.chart_column, 0), len(table.columns) - 1)
        points = self._points(table)
        if horizontal:
            points = points[::-1]  # Qt draws the first category at the bottom; biggest on top
        series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        bars = QBarSet(table.columns[column].label(self.lang))
        bars.setColor(QColor(BAR_COLOUR))
        bars.append([value for _label, value in points])
        series.append(bars)
        series.setBarWidth(0.7 if len(points) > 3 else 0.4)  # a few bars stay bars, not slabs
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        percent = table.columns[column].kind == PERCENT
        series.setLabelsFormat("@value %" if percent else "@value")
        series.setLabelsPrecision(3 if percent else 9)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(axis_labels([label for label, _value in points]))
        values = _value_axis([value for _label, value in points], percent)
        if horizontal:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        else:
            if len(points) > 6 or max((len(lb) for lb, _v in points), default=0) > 12:
                categories.setLabelsAngle(-45)
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _pie(self, chart: QChart, table: Table) -> None:
        points = [(label, value) for label, value in self._points(table) if value > 0]
        series = QPieSeries()
        whole = sum(value for _label, value in points) or 1
        for i, (_label, value) in enumerate(points):
            share = value / whole
            piece = series.append(_share(share, self.lang), value)
            piece.setColor(QColor(PALETTE[i % len(PALETTE)]))
            # The share inside its slice: outside labels get elided where the pie is big.
            piece.setLabelVisible(share >= PIE_LABEL_SHARE)
            piece.setLabelPosition(QPieSlice.LabelPosition.LabelInsideNormal)
            piece.setLabelColor(QColor("white"))
        series.setPieSize(0.8)
        chart.addSeries(series)
        # The legend names every slice with its share (the small ones have no label).
        legend = chart.legend()
        legend.show()
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
        legend.setMinimumWidth(PIE_LEGEND_WIDTH)  # else Qt elides the names to a few letters
        for marker, (label, value) in zip(legend.markers(series), points, strict=True):
            marker.setLabel(f"{shorten(label, PIE_LEGEND_CHARS)} "
                            f"({_share(value / whole, self.lang)})")

    def _lines(self, chart: QChart, table: Table) -> None:
        data = chart_data(table, self.lang)
        categories = QBarCategoryAxis()
        # "Okt" for a month row ("2026-10"): twelve of them fit side by side (with the
        # year the axis elides them to "O…").
        months = [_month_short(row.key, self.lang) for row in table.rows]
        names = months if all(months) else list(data.categories)
        categories.append(axis_labels(names, 12))
        if all(months) and table.rows:
            # The years once, under the axis: "Jan 2026 – Des 2026".
            first, last = table.rows[0], table.rows[-1]
            categories.setTitleText(f"{_month_short(first.key, self.lang)} {first.key[:4]} – "
                                    f"{_month_short(last.key, self.lang)} {last.key[:4]}")
        elif len(names) > 6:
            categories.setLabelsAngle(-45)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        percent = all(c.kind == PERCENT for c in table.columns)
        values = _value_axis([v for _name, vs in data.series for v in vs], percent)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for i, (name, series_values) in enumerate(data.series):
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(True)
            pen = series.pen()
            pen.setColor(QColor(PALETTE[i % len(PALETTE)]))
            pen.setWidthF(2.0)
            series.setPen(pen)
            for x, value in enumerate(series_values):
                series.append(x, float(value))
            chart.addSeries(series)
            series.attachAxis(categories)
            series.attachAxis(values)
        legend = chart.legend()
        legend.show()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)


def _month_short(key: str, lang: str) -> str:
    """'Okt' for '2026-10'; '' when the key is not a month."""
    year, _, month = key.partition("-")
    if not (len(year) == 4 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
        return ""
    words = MONTH_ABBR["en" if lang == "en" else "id"]
    return words[int(month) - 1]


def _share(share: float, lang: str) -> str:
    text = f"{share * 100:.0f}"
    return text + ("%" if lang == "en" else " %")
