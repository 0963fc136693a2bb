"""The case list model: correct rows, lazy pages, bounded memory at 100,000 cases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.demo.generator import bulk_generate
from desktop.domain.deadlines import add_working_days
from desktop.domain.models import CaseRow
from desktop.formatting import zone_info
from desktop.services.cases import CaseFilter
from desktop.ui import case_list_model as m
from desktop.ui.case_list_model import CaseListModel

DISPLAY = Qt.ItemDataRole.DisplayRole


class FakeRows:
    """Stands in for core.cases.rows: made-up rows for any seq, counting the calls."""

    def __init__(self, today: datetime | None = None) -> None:
        self.calls: list[list[int]] = []
        self.today = today or datetime.now(UTC)

    def __call__(self, seqs) -> list[CaseRow]:
        self.calls.append(list(seqs))
        return [self.row(s) for s in seqs]

    def row(self, seq: int) -> CaseRow:
        received = (self.today - timedelta(hours=seq % 5000)).strftime("%Y-%m-%dT%H:%M:%SZ")
        due = (self.today.date() - timedelta(days=3)).isoformat() if seq % 10 == 0 else ""
        return CaseRow(seq, f"id-{seq}", f"SBY-2026-A-{seq:05d}", received,
                       "proses" if seq % 3 else "selesai", "gaji_tidak_dibayar",
                       f"Pekerja {seq}", f"Pengadu {seq}", "MY", due)


@pytest.fixture
def fake_ctx(make_ctx):
    return make_ctx(lang="en")


def loaded(model: CaseListModel, row: int) -> bool:
    return model.case_row(row) is not None


def test_model_passes_the_qt_model_checks(qtbot, qtmodeltester, fake_ctx):
    fake = FakeRows()
    model = CaseListModel(fake_ctx, fetch_rows=fake)
    model.set_seqs(range(250, 0, -1))
    qtmodeltester.check(model)
    for row in (0, 100, 249):
        model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: all(loaded(model, r) for r in range(250)))
    qtmodeltester.check(model)  # again, now with the rows loaded
    model.set_seqs([])
    qtmodeltester.check(model)


def test_rows_are_fetched_lazily_a_page_at_a_time(qtbot, fake_ctx):
    fake = FakeRows()
    model = CaseListModel(fake_ctx, fetch_rows=fake)
    model.set_seqs(range(100_000, 0, -1))
    assert model.rowCount() == 100_000 and fake.calls == []

    assert model.data(model.index(5, m.COL_NUMBER)) == m.PLACEHOLDER
    assert model.data(model.index(7, m.COL_WORKER)) == ""
    assert model.data(model.index(5, 0), m.SEQ_ROLE) == 99_995  # known without fetching
    with qtbot.waitSignal(model.dataChanged) as blocker:
        pass
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (0, 99) and bottom.column() == m.COLUMN_COUNT - 1
    assert len(fake.calls) == 1 and fake.calls[0] == list(range(100_000, 99_900, -1))
    assert model.data(model.index(5, m.COL_NUMBER)) == "SBY-2026-A-99995"

    for row in range(100):  # the whole first page is there now
        model.data(model.index(row, m.COL_WORKER))
    model.data(model.index(150, 0))
    model.data(model.index(160, 0))  # same page, still on its way: not asked twice
    qtbot.waitUntil(lambda: loaded(model, 199))
    assert len(fake.calls) == 2 and model.fetch_count == 2


def test_scrolling_through_100000_cases_fetches_only_what_is_shown(qtbot, fake_ctx):
    fake = FakeRows()
    model = CaseListModel(fake_ctx, fetch_rows=fake)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(24)
    view.show()
    model.set_seqs(range(100_000, 0, -1))
    qtbot.waitUntil(lambda: loaded(model, 0))
    bar = view.verticalScrollBar()
    for fraction in (0.1, 0.25, 0.5, 0.75, 1.0):
        bar.setValue(int(bar.maximum() * fraction))
        qtbot.wait(30)
    qtbot.waitUntil(lambda: loaded(model, 99_999))
    # Six places looked at, one or two pages each: nowhere near 1,000 pages.
    assert len(fake.calls) <= 12
    assert sum(len(c) for c in fake.calls) <= 1_200
    assert view.model().data(model.index(99_999, m.COL_NUMBER)) == "SBY-2026-A-00001"


def test_only_a_bounded_number_of_pages_is_kept(qtbot, fake_ctx):
    fake = FakeRows()
    model = CaseListModel(fake_ctx, fetch_rows=fake, max_pages=5)
    model.set_seqs(range(1, 2_001))
    for page in range(12):
        model.data(model.index(page * 100, 0))
        qtbot.waitUntil(lambda page=page: loaded(model, page * 100))
    assert len(model._pages) == 5
    assert not loaded(model, 0) and loaded(model, 1_100)
    # Coming back to an evicted page fetches it again.
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: loaded(model, 0))
    assert len(fake.calls) == 13


def test_pages_of_an_older_list_are_ignored(qtbot, fake_ctx):
    fake = FakeRows()
    model = CaseListModel(fake_ctx, fetch_rows=fake)
    model.set_seqs([1, 2, 3])
    model.data(model.index(0, 0))  # fetch under way ...
    model.set_seqs([7, 8])  # ... when the search changes
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: loaded(model, 0))
    qtbot.wait(20)
    assert model.data(model.index(0, m.COL_NUMBER)) == "SBY-2026-A-00007"
    assert model.rowCount() == 2


def test_refresh_seq_reloads_one_row(qtbot, fake_ctx):
    fake = FakeRows()
    model = CaseListModel(fake_ctx, fetch_rows=fake)
    model.set_seqs([30, 20, 10])
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: loaded(model, 2))
    original = fake.row

    def changed(seq):
        row = original(seq)
        return CaseRow(*[*row.__dict__.values()][:4], "dirujuk", *[*row.__dict__.values()][5:])

    fake.row = changed
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh_seq(20)
    assert blocker.args[0].row() == 1 and blocker.args[1].row() == 1
    assert fake.calls[-1] == [20]
    assert model.data(model.index(1, m.COL_STATUS)) == "Referred"
    model.refresh_seq(999)  # not in the list: nothing to do
    assert fake.calls[-1] == [20]


def test_labels_dates_and_overdue_follow_ups(qtbot, fake_ctx):
    fake = FakeRows(today=datetime(2026, 11, 22, 3, 0, tzinfo=UTC))
    model = CaseListModel(fake_ctx, fetch_rows=fake)
    model.set_seqs([10, 11, 30])  # 10: open and overdue, 30: closed (not overdue)
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: loaded(model, 2))

    def cell(row, col, role=DISPLAY):
        return model.data(model.index(row, col), role)

    assert cell(0, m.COL_STATUS) == "In progress"
    assert cell(0, m.COL_CATEGORY) == "Unpaid wages"
    assert cell(0, m.COL_DESTINATION) == "Malaysia"
    # 2026-11-21T17:00Z is 22 November in Surabaya (WIB, UTC+7).
    assert cell(0, m.COL_RECEIVED) == "22 November 2026"
    assert cell(0, m.COL_WORKER) == "Pekerja 10" and cell(0, m.COL_COMPLAINANT) == "Pengadu 10"
    assert cell(0, m.COL_NEXT_CONTACT) == "19 November 2026"
    assert model.is_overdue(model.case_row(0))
    assert cell(0, m.COL_NEXT_CONTACT, Qt.ItemDataRole.ForegroundRole) == m.OVERDUE_COLOR
    assert cell(0, m.COL_NEXT_CONTACT, Qt.ItemDataRole.FontRole).bold()
    assert "overdue" in cell(0, m.COL_NEXT_CONTACT, Qt.ItemDataRole.ToolTipRole)
    assert cell(0, m.COL_NUMBER, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(1, m.COL_NEXT_CONTACT) == ""
    assert not model.is_overdue(model.case_row(2))  # closed cases have no follow-up
    assert model.case_row(2).next_contact_due and cell(2, m.COL_NEXT_CONTACT) == ""
    assert model.headerData(m.COL_NEXT_CONTACT, Qt.Orientation.Horizontal) == "Next contact"

    fake_ctx.settings.language = "id"
    model.set_language()
    assert cell(0, m.COL_STATUS) == "Diproses"
    assert cell(0, m.COL_RECEIVED) == "22 November 2026"


def test_with_a_real_store(qtbot, qtmodeltester, ctx):
    core = ctx.core
    bulk_generate(core, 300, seed=7)
    seqs = core.cases.list_seqs(CaseFilter())
    model = CaseListModel(ctx)
    model.set_seqs(seqs)
    qtmodeltester.check(model)
    for row in (0, 100, 200):
        model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: all(loaded(model, r) for r in range(300)), timeout=10000)
    rows = core.cases.rows(seqs)
    for row in (0, 57, 299):
        assert model.data(model.index(row, m.COL_NUMBER)) == rows[row].case_number
        assert model.data(model.index(row, m.COL_WORKER)) == rows[row].worker_name
        status = core.reference.label("status", rows[row].status, "en")
        assert model.data(model.index(row, m.COL_STATUS)) == status
    overdue = [r for r in range(300) if model.is_overdue(model.case_row(r))]
    assert set(core.cases.list_seqs(CaseFilter(overdue=True))) == {seqs[r] for r in overdue}


def casework_row(seq: int, **fields) -> CaseRow:
    """A row of the case-work columns; everything else plain."""
    values = {"case_id": f"id-{seq}", "case_number": f"SBY-2026-A-{seq:05d}",
              "received_at": "2026-06-02T03:00:00Z", "status": "proses",
              "category": "gaji_tidak_dibayar", "worker_name": "", "complainant_name": "",
              "destination_country": "", "next_contact_due": ""}
    return CaseRow(seq, **{**values, **fields})


def wib_today() -> date:
    """The model's today without a core: the office's (default WIB) date, not this PC's."""
    return datetime.now(UTC).astimezone(zone_info("WIB")).date()


def model_of(qtbot, ctx, rows: list[CaseRow]) -> CaseListModel:
    by_seq = {r.seq: r for r in rows}
    model = CaseListModel(ctx, fetch_rows=lambda seqs: [by_seq[s] for s in seqs])
    model.set_seqs([r.seq for r in rows])
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: loaded(model, len(rows) - 1))
    return model


def test_running_day_counts_working_days_from_the_due_date():
    due = date(2026, 6, 12)  # a Friday
    assert m.working_days_after(date(2026, 6, 5), due) == 5
    assert m.working_days_after(due, due) == 0 and m.working_days_after(due, date(2026, 6, 1)) == 0
    assert m.running_day(due, 30, due) == 30
    assert m.running_day(due, 30, date(2026, 6, 5)) == 25  # five working days to go
    assert m.running_day(due, 30, date(2026, 6, 13)) == 30  # the weekend after adds none
    assert m.running_day(due, 30, date(2026, 6, 15)) == 31  # Monday: one day late


def test_deadline_texts_colours_and_tooltips(qtbot, fake_ctx):
    today = wib_today()
    rows = [
        casework_row(1, clock_state="running", clock_day=1, clock_target=60,
                     clock_due=add_working_days(today, 40).isoformat()),
        casework_row(2, clock_state="running", clock_day=1, clock_target=20,
                     clock_due=add_working_days(today, 2).isoformat()),
        casework_row(3, clock_state="running", clock_day=1, clock_target=14,
                     clock_due=(today - timedelta(days=30)).isoformat()),
        casework_row(4, clock_state="paused", clock_day=7, clock_target=30,
                     clock_due=add_working_days(today, 23).isoformat()),
        casework_row(5, status="selesai", clock_state="stopped", clock_day=9, clock_target=30,
                     clock_due="2026-06-30"),
        casework_row(6),  # no clock row (yet)
    ]
    model = model_of(qtbot, fake_ctx, rows)

    def cell(row, role=DISPLAY):
        return model.data(model.index(row, m.COL_DEADLINE), role)

    assert cell(0) == "day 20/60" and cell(0, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(0, Qt.ItemDataRole.ToolTipRole).startswith("Day 20 of 60 working days, due on ")
    assert cell(1) == "day 18/20" and cell(1, Qt.ItemDataRole.ForegroundRole) == m.NEAR_COLOR
    late = m.working_days_after(today - timedelta(days=30), today)
    assert cell(2) == f"{late} days late"
    assert cell(2, Qt.ItemDataRole.ForegroundRole) == m.OVERDUE_COLOR
    assert cell(2, Qt.ItemDataRole.FontRole).bold()
    assert cell(2, Qt.ItemDataRole.ToolTipRole).startswith(f"Past its deadline: day {14 + late} ")
    assert cell(3) == "paused" and cell(3, Qt.ItemDataRole.ForegroundRole) == m.DIM_COLOR
    assert "day 7 of 30" in cell(3, Qt.ItemDataRole.ToolTipRole)
    assert cell(4) == "" and cell(5) == "" and cell(5, Qt.ItemDataRole.ToolTipRole) is None


def test_one_day_late_is_singular(qtbot, fake_ctx):
    today = wib_today()
    due = today - timedelta(days=1)
    while m.working_days_after(due, today) != 1:
        due -= timedelta(days=1)
    model = model_of(qtbot, fake_ctx, [casework_row(1, clock_state="running", clock_day=3,
                                                    clock_target=14, clock_due=due.isoformat())])
    assert model.data(model.index(0, m.COL_DEADLINE)) == "1 day late"


def test_officer_names_and_unassigned_cases(qtbot, fake_ctx):
    model = model_of(qtbot, fake_ctx, [
        casework_row(1, officer="budi"), casework_row(2), casework_row(3, status="ditutup"),
        casework_row(4, officer="lama")])

    def cell(row, role=DISPLAY):
        return model.data(model.index(row, m.COL_OFFICER), role)

    assert cell(0) == "budi"  # no names known yet: the username
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_officer_names({"budi": "Budi Santoso"})
    assert blocker.args[0].column() == blocker.args[1].column() == m.COL_OFFICER
    assert cell(0) == "Budi Santoso" and cell(0, Qt.ItemDataRole.ToolTipRole) == "Budi Santoso (budi)"
    assert cell(1) == "— none —" and cell(1, Qt.ItemDataRole.ForegroundRole) == m.DIM_COLOR
    assert cell(2) == "" and cell(2, Qt.ItemDataRole.ToolTipRole) is None  # closed: nobody needed
    assert cell(3) == "lama"  # an account no longer here still says who it was
    with qtbot.assertNotEmitted(model.dataChanged):
        model.set_officer_names({"budi": "Budi Santoso"})  # the same names: no repaint


def test_urgent_and_proposal_marks_only_on_open_cases(qtbot, fake_ctx):
    model = model_of(qtbot, fake_ctx, [
        casework_row(1, urgent=True, category="sakit"),
        casework_row(2, urgent=True),
        casework_row(3, urgent=True, category="sakit", status="selesai"),
        casework_row(4, proposed_status="ditutup"),
        casework_row(5, urgent=True, open_conflicts=2)])

    def cell(row, col, role=DISPLAY):
        return model.data(model.index(row, col), role)

    tip = Qt.ItemDataRole.ToolTipRole
    assert cell(0, m.COL_NUMBER, tip) == "Urgent: Illness / hospitalised"
    assert cell(1, m.COL_NUMBER, tip) == "Urgent: flagged by staff (the case says why)"
    assert cell(0, m.COL_NUMBER, Qt.ItemDataRole.DecorationRole) is not None
    assert cell(0, m.COL_DESTINATION, Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "Urgent: Illness / hospitalised")
    # A resolved case needs nothing any more: no alarm on it.
    assert cell(2, m.COL_NUMBER, Qt.ItemDataRole.DecorationRole) is None
    assert cell(2, m.COL_NUMBER, Qt.ItemDataRole.FontRole) is None
    assert cell(3, m.COL_STATUS) == "In progress → Closed"
    assert cell(3, m.COL_STATUS, Qt.ItemDataRole.ForegroundRole) == m.PROPOSAL_COLOR
    # Urgent and conflicting: both said, the conflict's colour on the number.
    assert cell(4, m.COL_NUMBER, tip).splitlines()[0].startswith("Urgent: ")
    assert "2 conflicting change(s)" in cell(4, m.COL_NUMBER, tip)
    assert cell(4, m.COL_NUMBER, Qt.ItemDataRole.ForegroundRole) == m.CONFLICT_COLOR
