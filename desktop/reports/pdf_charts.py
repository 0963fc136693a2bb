"""A report table's chart for the PDF, drawn with reportlab.graphics: vertical or lying
bars, a pie with a legend, or one line per column.

Every string goes through the letterhead's WinAnsi cleaning (the built-in Helvetica); long
category names are shortened, since the table beside the chart holds them whole.
"""

from __future__ import annotations

import textwrap

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.domain.reports.tables import BAR, HBAR, LINE, PIE, Table
from desktop.receipt.layout import INK, MUTED, RULE, plain
from desktop.reports.report_labels import ChartData, chart_data, has_chart, number_text

FONT = "Helvetica"
PALETTE = tuple(colors.HexColor(c) for c in (
    "#2F5D8A", "#C0504D", "#9BBB59", "#8064A2", "#F79646", "#4BACC6",
    "#7F7F7F", "#1F497D", "#E46C0A", "#77933C", "#A5A5A5", "#604A7B"))
LABEL_MAX_CHARS = 34
HBAR_ROW_H = 6.2 * mm
CHAR_W = 3.3  # the mean width of a character of 6.5 pt Helvetica, in points


def chart_height(table: Table, lang: str) -> float:
    """How tall the table's chart is drawn (points), so a layout can place it first."""
    if table.chart == HBAR:
        return len(chart_data(table, lang).categories) * HBAR_ROW_H + 12 * mm
    if table.chart == LINE:
        return 68 * mm
    return 56 * mm  # a pie grows when its legend needs more (pie_chart)


def table_chart(table: Table, lang: str, width: float) -> Drawing | None:
    """The table's chart `width` points wide, or None when it has no chart."""
    if not has_chart(table):
        return None
    data = chart_data(table, lang)
    height = chart_height(table, lang)
    kind = table.columns[min(max(table.chart_column, 0), len(table.columns) - 1)].kind
    if table.chart == LINE:
        return line_chart(data, width, height, lang)
    if all(v <= 0 for _name, values in data.series for v in values):
        return None  # nothing to draw: the table already says every count is zero
    if table.chart == PIE:
        return pie_chart(data, width, height, kind, lang)
    if table.chart == BAR:
        return bar_chart(data, width, height, kind, lang)
    return hbar_chart(data, width, height, kind, lang)


def short(text: str, limit: int = LABEL_MAX_CHARS) -> str:
    clean = plain(text)
    return clean if len(clean) <= limit else clean[:limit - 1].rstrip() + "…"


def wrapped(text: str, width: int, lines: int = 2) -> str:
    """The text on at most `lines` lines of about `width` characters, the last one cut."""
    parts = textwrap.wrap(plain(text), max(width, 6)) or [""]
    if len(parts) > lines:
        parts = parts[:lines - 1] + [short(" ".join(parts[lines - 1:]), max(width, 6))]
    return "\n".join(parts)


def _value_axis(axis, values: tuple[float, ...], kind: str, lang: str) -> None:
    axis.valueMin = 0
    if max(values, default=0) <= 0:
        axis.valueMax = 1
    axis.labels.fontName = FONT
    axis.labels.fontSize = 6.5
    axis.labels.fillColor = MUTED
    axis.labelTextFormat = lambda v: number_text(v, kind if kind != "count" else "days", lang)
    axis.strokeColor = RULE
    axis.visibleGrid = 1
    axis.gridStrokeColor = colors.HexColor("#e2e2e2")
    axis.gridStrokeWidth = 0.4


def bar_chart(data: ChartData, width: float, height: float, kind: str,
              lang: str) -> Drawing:
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    crowded = len(data.categories) > 5
    chart.x, chart.y = 12 * mm, (20 if crowded else 9) * mm
    chart.width, chart.height = width - chart.x - 4 * mm, height - chart.y - 5 * mm
    values = data.series[0][1]
    chart.data = [values]
    # Names wrap onto two lines under their bar rather than run into the next one.
    slot = int(chart.width / max(len(data.categories), 1) / CHAR_W)
    chart.categoryAxis.categoryNames = [short(c, 18) if crowded else wrapped(c, slot)
                                        for c in data.categories]
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize, labels.fillColor = FONT, 6.5, INK
    if crowded:
        labels.angle, labels.boxAnchor, labels.dx, labels.dy = 35, "ne", 2, -2
    chart.categoryAxis.strokeColor = RULE
    _value_axis(chart.valueAxis, values, kind, lang)
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    chart.barSpacing = 2
    _bar_labels(chart, kind, lang)
    drawing.add(chart)
    return drawing


def hbar_chart(data: ChartData, width: float, height: float, kind: str,
               lang: str) -> Drawing:
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    names = [short(c) for c in data.categories]
    label_w = max(stringWidth(n, FONT, 6.5) for n in names) + 3 * mm
    label_w = min(max(label_w, 22 * mm), width * 0.45)
    chart.x, chart.y = label_w, 7 * mm
    chart.width = width - label_w - 12 * mm  # room for the value printed past the bar
    chart.height = height - chart.y - 3 * mm
    values = data.series[0][1]
    chart.data = [values]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.reverseDirection = 1  # the biggest (first) row on top
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize, labels.fillColor = FONT, 6.5, INK
    labels.boxAnchor, labels.dx = "e", -3
    chart.categoryAxis.strokeColor = RULE
    _value_axis(chart.valueAxis, values, kind, lang)
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    _bar_labels(chart, kind, lang)
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 2
    drawing.add(chart)
    return drawing


def _bar_labels(chart, kind: str, lang: str) -> None:
    chart.barLabelFormat = lambda v: number_text(v, kind, lang)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 5


def pie_chart(data: ChartData, width: float, height: float, kind: str,
              lang: str) -> Drawing:
    values = list(data.series[0][1])
    whole = sum(values)
    size = min(56 * mm - 6 * mm, width * 0.42)
    legend_x = 3 * mm + size + 6 * mm
    room = int((width - legend_x - 14) / CHAR_W)
    names = []
    for name, value in zip(data.categories, values, strict=True):
        amount = number_text(value, kind, lang)
        if kind != "percent":
            amount += f" ({number_text(100.0 * value / whole, 'percent', lang)})"
        # The name over its figure: short lines fit beside a small pie.
        names.append(f"{wrapped(name, room)}\n{amount}")
    lines = max(n.count("\n") + 1 for n in names)
    step = 7.6 * lines + 3
    # Taller than asked when the legend needs it, never shorter.
    height = max(height, step * len(names) + 6 * mm)
    drawing = Drawing(width, height)
    pie = Pie()
    pie.x, pie.y = 3 * mm, (height - size) / 2
    pie.width = pie.height = size
    pie.data = values
    pie.labels = None
    pie.startAngle, pie.direction = 90, "clockwise"
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.6
    for i in range(len(values)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = legend_x, height / 2
    legend.boxAnchor = "w"
    legend.alignment = "right"
    legend.fontName, legend.fontSize = FONT, 6.5
    legend.dx = legend.dy = 6
    legend.deltay = step
    legend.columnMaximum = len(names)
    legend.strokeColor = None
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, name in enumerate(names)]
    drawing.add(legend)
    return drawing


def line_chart(data: ChartData, width: float, height: float, lang: str) -> Drawing:
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 14 * mm, 22 * mm
    chart.width, chart.height = width - chart.x - 4 * mm, height - chart.y - 4 * mm
    chart.data = [values for _name, values in data.series]
    chart.joinedLines = 1
    # Month names shortened to three letters ("Okt 2026"), as calendars print them.
    chart.categoryAxis.categoryNames = [_month_short(c) for c in data.categories]
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize, labels.fillColor = FONT, 6.5, INK
    labels.angle, labels.boxAnchor, labels.dx, labels.dy = 30, "ne", 2, -2
    chart.categoryAxis.strokeColor = RULE
    everything = tuple(v for _name, values in data.series for v in values)
    _value_axis(chart.valueAxis, everything, "count", lang)
    for i in range(len(data.series)):
        colour = PALETTE[i % len(PALETTE)]
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 1.6
        marker = makeMarker("FilledCircle")
        marker.size, marker.fillColor, marker.strokeColor = 3.2, colour, colour
        chart.lines[i].symbol = marker
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x, 4 * mm
    legend.boxAnchor = "sw"
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName, legend.fontSize = FONT, 7
    legend.dx = legend.dy = 6
    legend.deltax = 10
    legend.strokeColor = None
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], plain(name))
                             for i, (name, _values) in enumerate(data.series)]
    drawing.add(legend)
    return drawing


def _month_short(label: str) -> str:
    parts = plain(label).split()
    if len(parts) == 2 and parts[1].isdigit() and len(parts[0]) > 3:
        return f"{parts[0][:3]} {parts[1]}"
    return short(label, 14)

