"""What a report is made of: tables of labelled rows, each with the chart that fits it.

Every label is kept in both languages, so one computed report can be shown, exported or
sent as JSON in either; values are plain numbers (None where there is nothing to count).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.domain.reports.period import Period

# Value kinds: how a renderer formats a cell (an XLSX number format, a chart's axis).
COUNT, PERCENT, DAYS = "count", "percent", "days"
# Charts: vertical bars, horizontal bars (long labels), a pie (shares of one whole), lines.
BAR, HBAR, PIE, LINE, NO_CHART = "bar", "hbar", "pie", "line", ""


@dataclass(frozen=True)
class Column:
    key: str
    label_id: str
    label_en: str
    kind: str = COUNT

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id


@dataclass(frozen=True)
class Row:
    key: str  # the code counted ("gaji_tidak_dibayar", an officer's username, "2026-10")
    label_id: str
    label_en: str
    values: tuple[float | int | None, ...]

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id


@dataclass(frozen=True)
class Table:
    key: str
    title_id: str
    title_en: str
    label_id: str  # the heading of the label column
    label_en: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    chart: str = BAR
    chart_column: int = 0  # which value column the chart draws (all of them for LINE)
    total: bool = True  # a total row makes sense (counts of one whole)
    note_id: str = ""
    note_en: str = ""

    def title(self, lang: str = "id") -> str:
        return self.title_en if lang == "en" else self.title_id

    def label_heading(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id

    def note(self, lang: str = "id") -> str:
        return self.note_en if lang == "en" else self.note_id

    def row(self, key: str) -> Row | None:
        return next((r for r in self.rows if r.key == key), None)

    def value(self, row_key: str, column_key: str):
        """One cell by its row's and column's keys (KeyError when either is unknown)."""
        row = self.row(row_key)
        if row is None:
            raise KeyError(row_key)
        index = [c.key for c in self.columns].index(column_key)
        return row.values[index]

    def totals(self) -> tuple[float | int | None, ...]:
        """The total row: counts add up; percentages and days have no total."""
        out = []
        for i, column in enumerate(self.columns):
            if column.kind == COUNT:
                out.append(sum(r.values[i] or 0 for r in self.rows))
            elif column.kind == PERCENT and self.total:
                out.append(100.0 if self.rows else None)
            else:
                out.append(None)
        return tuple(out)

    def to_json(self) -> dict:
        return {
            "key": self.key, "title": {"id": self.title_id, "en": self.title_en},
            "label": {"id": self.label_id, "en": self.label_en},
            "columns": [{"key": c.key, "label": {"id": c.label_id, "en": c.label_en},
                         "kind": c.kind} for c in self.columns],
            "rows": [{"key": r.key, "label": {"id": r.label_id, "en": r.label_en},
                      "values": list(r.values)} for r in self.rows],
            "chart": self.chart, "chart_column": self.chart_column, "total": self.total,
            "note": {"id": self.note_id, "en": self.note_en},
        }

    @classmethod
    def from_json(cls, d: dict) -> Table:
        return cls(
            d["key"], d["title"]["id"], d["title"]["en"], d["label"]["id"], d["label"]["en"],
            tuple(Column(c["key"], c["label"]["id"], c["label"]["en"], c["kind"])
                  for c in d["columns"]),
            tuple(Row(r["key"], r["label"]["id"], r["label"]["en"], tuple(r["values"]))
                  for r in d["rows"]),
            d.get("chart", BAR), d.get("chart_column", 0), d.get("total", True),
            d.get("note", {}).get("id", ""), d.get("note", {}).get("en", ""))


@dataclass(frozen=True)
class Report:
    office_code: str  # "" for every office (the national office's copy)
    office_name: str
    period: Period
    generated_at: datetime  # aware
    tz: str  # the zone the days are counted in (WIB, WITA, WIT)
    tables: tuple[Table, ...] = field(default_factory=tuple)

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def to_json(self) -> dict:
        return {"office_code": self.office_code, "office_name": self.office_name,
                "period": self.period.to_json(), "generated_at": self.generated_at.isoformat(),
                "tz": self.tz, "tables": [t.to_json() for t in self.tables]}

    @classmethod
    def from_json(cls, d: dict) -> Report:
        return cls(d["office_code"], d["office_name"], Period.from_json(d["period"]),
                   datetime.fromisoformat(d["generated_at"]), d["tz"],
                   tuple(Table.from_json(t) for t in d["tables"]))
