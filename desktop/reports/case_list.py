"""The case list as a file (XLSX or CSV): the rows the list shows, with their personal data.

Rows arrive in chunks of codes (desktop/services/case_list_rows.py) and leave as labels and
real dates; every label is looked up in a dict made once, so 100,000 rows cost little more
than XlsxWriter's own writing. The XLSX is written in constant-memory mode, its scratch
files in a private folder beside the file that is removed whatever happens.
"""

from __future__ import annotations

import contextlib
import csv
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import phonenumbers as pn

from desktop.domain import status as st
from desktop.domain.deadlines import NEAR_DAYS, add_working_days
from desktop.domain.reference import Reference
from desktop.formatting import zone_info
from desktop.reports.files import Cancelled, Progress, check_cancel, scratch_of

XLSX, CSV = "xlsx", "csv"
FORMATS = (XLSX, CSV)
DATE_FORMAT = "dd/mm/yyyy"  # day first, as in Indonesia
HEADER_ROW = 4  # title, filter, printed, blank, then the header
MAX_WIDTH = 45  # a long label wraps in the cell rather than widening the page

# (key, Indonesian, English, width): the columns in file order.
COLUMNS = (
    ("number", "Nomor kasus", "Case number", 20),
    ("received", "Tanggal diterima", "Received", 12),
    ("status", "Status", "Status", 18),
    ("category", "Kategori", "Category", 30),
    ("channel", "Saluran", "Channel", 16),
    ("urgent", "Mendesak", "Urgent", 10),
    ("worker", "Nama TKI", "Worker name", 28),
    ("sex", "Jenis kelamin", "Sex", 13),
    ("passport", "Paspor", "Passport", 12),
    ("destination", "Negara tujuan", "Destination", 16),
    ("complainant", "Nama pengadu", "Complainant name", 28),
    ("relation", "Hubungan", "Relation", 18),
    ("phones", "Telepon pengadu", "Complainant phones", 32),
    ("officer", "Petugas", "Officer", 22),
    ("deadline", "Tenggat", "Deadline", 18),
    ("deadline_due", "Batas tenggat", "Deadline due", 13),
    ("next_contact", "Kontak berikutnya", "Next contact", 13),
)
DATE_COLUMNS = frozenset(i for i, c in enumerate(COLUMNS)
                         if c[0] in ("received", "deadline_due", "next_contact"))
# Typed by people: a leading = + - @ would make a spreadsheet read a formula from a CSV.
_FREE_TEXT = tuple(i for i, c in enumerate(COLUMNS)
                   if c[0] in ("worker", "passport", "complainant", "phones"))
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_TEXT = {
    "title": ("Daftar kasus", "Case list"),
    "sheet": ("Daftar kasus", "Case list"),
    "filter": ("Saringan", "Filter"),
    "printed": ("Dicetak", "Printed"),
    "counts": ("{cases} kasus", "{cases} cases"),
    "yes": ("Ya", "Yes"),
    "male": ("Laki-laki", "Male"), "female": ("Perempuan", "Female"),
    "unassigned": ("Belum ditetapkan", "Unassigned"),
    "paused": ("Dijeda", "Paused"), "past": ("Lewat tenggat", "Past deadline"),
    "near": ("Mendekati tenggat", "Near deadline"), "running": ("Berjalan", "Running"),
}


def text(key: str, lang: str) -> str:
    pair = _TEXT[key]
    return pair[1] if lang == "en" else pair[0]


def headers(lang: str) -> list[str]:
    return [c[2] if lang == "en" else c[1] for c in COLUMNS]


@dataclass(frozen=True)
class Heading:
    """What the title block says: whose list, which filter, when, how many cases."""

    office_name: str
    filter_text: str
    printed: str  # already in the office's zone and the file's language
    cases: int


class RowShaper:
    """Codes to the cells of one row: labels in the file's language, real dates. Counts
    the persons named on the way (a worker or complainant with a name), for the audit:
    cheaper here than a second pass over the cases in SQL."""

    def __init__(self, ref: Reference, names: Mapping[str, str], lang: str, tz: str,
                 today: date) -> None:
        def labels(kind: str) -> dict[str, str]:
            return {i.code: i.label(lang) for i in ref.items(kind)}

        self.status, self.category = labels("status"), labels("category")
        self.channel, self.country = labels("channel"), labels("country")
        self.relation = labels("relation")
        self.urgent_categories = frozenset(i.code for i in ref.items("category")
                                           if i.extra.get("urgent"))
        self.names = dict(names)
        self.sex = {"L": text("male", lang), "P": text("female", lang)}
        self.words = {k: text(k, lang) for k in ("yes", "unassigned", "paused", "past",
                                                  "near", "running")}
        self.zone = zone_info(tz)
        self.today = today.isoformat()
        # As the list's "near deadline" filter: due within NEAR_DAYS working days.
        self.near_end = (add_working_days(today, NEAR_DAYS) + timedelta(days=1)).isoformat()
        self._local_days: dict[str, date] = {}
        self._dates: dict[str, date] = {}
        self.persons = 0

    def widths(self, lang: str) -> list[int]:
        """Column widths: coded columns as wide as their longest label (known before any
        row: constant memory cannot measure afterwards), typed ones as COLUMNS says."""
        coded = {"status": self.status, "category": self.category, "channel": self.channel,
                 "destination": self.country, "relation": self.relation, "sex": self.sex,
                 "deadline": {k: v for k, v in self.words.items() if k != "unassigned"}}
        out = []
        for (key, _, _, width), heading in zip(COLUMNS, headers(lang), strict=True):
            labels = coded.get(key)
            if labels:
                width = min(max(map(len, labels.values()), default=width) + 2, MAX_WIDTH)
            out.append(max(width, len(heading) + 2))
        return out

    def received_day(self, received_at: str) -> date | str:
        # Office zones are whole hours from UTC: the UTC hour decides the local day.
        hour = received_at[:13]
        day = self._local_days.get(hour)
        if day is None:
            try:
                day = datetime.fromisoformat(hour + ":00:00+00:00").astimezone(self.zone).date()
            except ValueError:
                return ""
            self._local_days[hour] = day
        return day

    def day(self, iso: str) -> date | str:
        if not iso:
            return ""
        day = self._dates.get(iso)
        if day is None:
            try:
                day = self._dates[iso] = date.fromisoformat(iso[:10])
            except ValueError:
                return ""
        return day

    def shape(self, rows: Iterable[tuple]) -> list[tuple]:
        status_l, category_l, channel_l = self.status, self.category, self.channel
        country_l, relation_l, names, sex_l, w = (self.country, self.relation, self.names,
                                                   self.sex, self.words)
        urgent_categories, closed = self.urgent_categories, st.CLOSED
        today, near_end, day = self.today, self.near_end, self.day
        out = []
        persons = 0
        for (number, received, status, category, channel, urgent, worker, sex, passport,
             country, complainant, relation, phones, officer, clock, due, next_due) in rows:
            is_open = status not in closed
            persons += (worker != "") + (complainant != "")
            if clock == "running" and due:
                state = (w["past"] if due < today else w["near"] if due < near_end
                         else w["running"])
                due_day = day(due)
            else:
                state, due_day = (w["paused"] if clock == "paused" else ""), ""
            out.append((
                number, self.received_day(received), status_l.get(status, status),
                category_l.get(category, category), channel_l.get(channel, channel),
                w["yes"] if is_open and (urgent == "1" or category in urgent_categories) else "",
                worker, sex_l.get(sex, sex), passport, country_l.get(country, country),
                complainant, relation_l.get(relation, relation), phones,
                names.get(officer, officer) if officer else (w["unassigned"] if is_open else ""),
                state, due_day, day(next_due) if is_open else "",
            ))
        self.persons += persons
        return out


def write_case_list(fmt: str, path: Path, heading: Heading, chunks: Iterable[list[tuple]],
                    shaper: RowShaper, lang: str = "id", progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> None:
    """Writes the file at `path` (a temporary name from files.atomic_output)."""
    writer = _write_xlsx if fmt == XLSX else _write_csv
    writer(Path(path), heading, chunks, shaper, lang, progress, cancelled)


def _chunks_with_progress(chunks: Iterable[list[tuple]], shaper: RowShaper, total: int,
                          progress: Progress | None, cancelled: Cancelled | None):
    """Shaped chunks; progress after each, a cancel honoured between them."""
    done = 0
    if progress:
        progress(0, total)
    for chunk in chunks:
        check_cancel(cancelled)
        rows = shaper.shape(chunk)
        yield rows
        done += len(rows)
        if progress:
            progress(done, total)
    check_cancel(cancelled)


def _title_lines(heading: Heading, lang: str) -> list[str]:
    return [
        f"{text('title', lang)} — {heading.office_name}",
        f"{text('filter', lang)}: {heading.filter_text}",
        f"{text('printed', lang)}: {heading.printed} · "
        + text("counts", lang).format(cases=heading.cases),
    ]


def _write_xlsx(path: Path, heading: Heading, chunks, shaper: RowShaper, lang: str,
                progress: Progress | None, cancelled: Cancelled | None) -> None:
    import xlsxwriter  # not at import: the application starts without it
    from xlsxwriter.exceptions import FileCreateError

    # Beside the export's temporary file and named after it: a crash's sweep finds both.
    scratch = scratch_of(path)
    scratch.mkdir(mode=0o700)
    workbook = xlsxwriter.Workbook(str(path), {
        "constant_memory": True, "tmpdir": str(scratch),
        # Names and phone numbers are text, never formulas, links or numbers.
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        "default_date_format": DATE_FORMAT})
    try:
        _fill_sheet(workbook, heading, chunks, shaper, lang, progress, cancelled)
        try:
            workbook.close()
        except FileCreateError as exc:
            cause = exc.args[0] if exc.args else None
            raise cause if isinstance(cause, OSError) else OSError(str(exc)) from exc
    finally:
        _drop_scratch(workbook, scratch)


def _fill_sheet(workbook, heading: Heading, chunks, shaper: RowShaper, lang: str,
                progress: Progress | None, cancelled: Cancelled | None) -> None:
    sheet = workbook.add_worksheet(text("sheet", lang))
    bold_title = workbook.add_format({"bold": True, "font_size": 14})
    header = workbook.add_format({"bold": True, "bg_color": "#E8EEF4", "bottom": 1,
                                  "text_wrap": True, "valign": "top"})
    names = headers(lang)
    for col, width in enumerate(shaper.widths(lang)):
        sheet.set_column(col, col, width)
    # Constant memory writes row by row: the title block, the header, then the data.
    for row, line in enumerate(_title_lines(heading, lang)):
        sheet.write_string(row, 0, line, bold_title if row == 0 else None)
    sheet.write_row(HEADER_ROW, 0, names, header)
    sheet.freeze_panes(HEADER_ROW + 1, 1)
    # Printed: A4 across, every column on the page's width, the header on each page.
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(HEADER_ROW)
    row = HEADER_ROW + 1
    write_row = sheet.write_row
    for rows in _chunks_with_progress(chunks, shaper, heading.cases, progress, cancelled):
        for values in rows:
            write_row(row, 0, values)
            row += 1
    sheet.autofilter(HEADER_ROW, 0, max(row - 1, HEADER_ROW), len(COLUMNS) - 1)


def _drop_scratch(workbook, scratch: Path) -> None:
    # A cancelled workbook still holds its row-data file open (Windows cannot delete it).
    for sheet in workbook.worksheets():
        handle = getattr(sheet, "row_data_fh", None)
        if handle is not None:
            with contextlib.suppress(OSError, ValueError):
                handle.close()
    shutil.rmtree(scratch, ignore_errors=True)


def _write_csv(path: Path, heading: Heading, chunks, shaper: RowShaper, lang: str,
               progress: Progress | None, cancelled: Cancelled | None) -> None:
    # utf-8-sig: the BOM makes Excel read the file as UTF-8 (names keep their letters).
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        for line in _title_lines(heading, lang):
            out.writerow([line])
        out.writerow([])
        out.writerow(headers(lang))
        for rows in _chunks_with_progress(chunks, shaper, heading.cases, progress, cancelled):
            out.writerows(_guard_formulas(_csv_phones(values)) for values in rows)


_PHONES = next(i for i, c in enumerate(COLUMNS) if c[0] == "phones")


def _csv_phones(values: tuple) -> tuple:
    """Indonesian numbers as the office writes them ("0813-3312-4455"): in a CSV a leading
    "+" would need the formula guard's apostrophe, which Excel shows. Other countries keep
    their international form (and the guard)."""
    phones = values[_PHONES]
    if "+62" not in phones:
        return values
    cells = list(values)
    cells[_PHONES] = ", ".join(_national(p) for p in phones.split(",") if p.strip())
    return tuple(cells)


def _national(number: str) -> str:
    number = number.strip()
    if not number.startswith("+62"):
        return number
    try:
        parsed = pn.parse(number, None)
    except pn.NumberParseException:
        return number
    if not pn.is_valid_number(parsed):
        return number
    return pn.format_number(parsed, pn.PhoneNumberFormat.NATIONAL)


def _guard_formulas(values: tuple) -> tuple:
    if not any(values[i][:1] in _FORMULA_START for i in _FREE_TEXT if values[i]):
        return values
    cells = list(values)
    for i in _FREE_TEXT:
        if cells[i][:1] in _FORMULA_START:
            cells[i] = "'" + cells[i]
    return tuple(cells)
