"""The case list's received-date range, its COUNT, and sorting by a column in SQL
(desktop/services/cases.py: CaseFilter.received_from/received_to, count_matching, CaseSort)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.validation import ValidationError
from desktop.messages import HaloError
from desktop.services.cases import SORT_KEYS, CaseFilter, CaseSort
from tests.conftest import make_intake, ticking_clock

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 3, 10, 10, 0, tzinfo=WIB)


@pytest.fixture
def sup(supervisor):
    supervisor.now = ticking_clock(NOW)
    return supervisor


def record(core, received: datetime, **overrides) -> int:
    number = core.cases.record_intake(make_intake(complaint__received_at=received, **overrides))
    return core.cases.resolve(number)["seq"]


def test_received_range_uses_the_offices_days_both_ends_included(sup):
    # 1 March 00:30 WIB is still 28 February in UTC: the office's calendar decides.
    early = record(sup, datetime(2026, 3, 1, 0, 30, tzinfo=WIB))
    late = record(sup, datetime(2026, 3, 5, 23, 50, tzinfo=WIB))
    before = record(sup, datetime(2026, 2, 28, 23, 59, tzinfo=WIB))
    after = record(sup, datetime(2026, 3, 6, 0, 0, tzinfo=WIB))
    cases = sup.cases

    flt = CaseFilter(received_from=date(2026, 3, 1), received_to=date(2026, 3, 5))
    assert cases.list_seqs(flt) == [late, early]
    assert cases.count_matching(flt) == 2
    assert set(cases.list_seqs(CaseFilter(received_from=date(2026, 3, 6)))) == {after}
    assert set(cases.list_seqs(CaseFilter(received_to=date(2026, 2, 28)))) == {before}
    one_day = CaseFilter(received_from=date(2026, 3, 1), received_to=date(2026, 3, 1))
    assert cases.list_seqs(one_day) == [early]
    assert cases.count_matching(CaseFilter()) == 4


def test_a_reversed_range_is_refused_with_its_field(sup):
    flt = CaseFilter(received_from=date(2026, 3, 5), received_to=date(2026, 3, 1))
    with pytest.raises(ValidationError) as caught:
        sup.cases.list_seqs(flt)
    assert caught.value.field == "filter.received_to"
    assert caught.value.code == "received_range_reversed"
    with pytest.raises(ValidationError):
        sup.cases.count_matching(flt)


def test_count_matching_counts_with_the_other_filters_too(sup):
    for day in range(1, 6):
        record(sup, datetime(2026, 3, day, 9, tzinfo=WIB),
               complaint__category="gaji_tidak_dibayar" if day % 2 else "ingin_dipulangkan")
    cases = sup.cases
    flt = CaseFilter(category="gaji_tidak_dibayar", received_from=date(2026, 3, 2))
    assert cases.count_matching(flt) == len(cases.list_seqs(flt)) == 2
    assert cases.count_matching(CaseFilter(status="selesai")) == 0


def _numbers(core, seqs):
    return [r.case_number for r in core.cases.rows(seqs)]


def test_sorting_by_a_column_ignores_urgent_first_and_breaks_ties_the_same_way(sup):
    base = datetime(2026, 3, 1, 9, tzinfo=WIB)
    seqs = [record(sup, base + timedelta(days=i), worker__name=name,
                   complaint__category=category)
            for i, (name, category) in enumerate((
                ("Citra", "gaji_tidak_dibayar"), ("ani", "meninggal_dunia"),
                ("Budi", "gaji_tidak_dibayar"), ("Budi", "ingin_dipulangkan")))]
    cases = sup.cases
    # Default: the urgent death abroad first, then newest.
    assert cases.list_seqs()[0] == seqs[1]

    assert cases.list_seqs(sort=CaseSort("received")) == seqs
    assert cases.list_seqs(sort=CaseSort("received", descending=True)) == seqs[::-1]
    by_number = cases.list_seqs(sort=CaseSort("number"))
    assert _numbers(sup, by_number) == sorted(_numbers(sup, seqs))
    # Names without regard to case; the two Budis newest first in both directions.
    assert cases.list_seqs(sort=CaseSort("worker")) == [seqs[1], seqs[3], seqs[2], seqs[0]]
    assert cases.list_seqs(sort=CaseSort("worker", True)) == [seqs[0], seqs[3], seqs[2], seqs[1]]


def test_coded_columns_follow_the_reference_order_not_the_codes(sup):
    base = datetime(2026, 3, 1, 9, tzinfo=WIB)
    categories = ["ingin_dipulangkan", "gaji_tidak_dibayar", "meninggal_dunia"]
    seqs = {c: record(sup, base + timedelta(hours=i), complaint__category=c)
            for i, c in enumerate(categories)}
    ref_order = [i.code for i in sup.reference.items("category") if i.code in seqs]
    assert sup.cases.list_seqs(sort=CaseSort("category")) == [seqs[c] for c in ref_order]
    assert sup.cases.list_seqs(sort=CaseSort("category", True)) == [
        seqs[c] for c in reversed(ref_order)]


def test_every_column_sorts_and_an_unknown_one_is_refused(sup):
    seqs = {record(sup, datetime(2026, 3, d, 9, tzinfo=WIB)) for d in (1, 2, 3)}
    for key in SORT_KEYS:
        for descending in (False, True):
            got = sup.cases.list_seqs(sort=CaseSort(key, descending))
            assert sorted(got) == sorted(seqs), key
    with pytest.raises(HaloError) as caught:
        sup.cases.list_seqs(sort=CaseSort("description; DROP TABLE cases"))
    assert caught.value.code == "case_sort_unknown"


def test_search_results_are_filtered_and_sorted_in_one_query(sup):
    base = datetime(2026, 3, 1, 9, tzinfo=WIB)
    seqs = [record(sup, base + timedelta(days=i)) for i in range(4)]
    within = [seqs[2], seqs[0], seqs[3]]
    cases = sup.cases
    assert cases.list_seqs(sort=CaseSort("received"), within=within) == [seqs[0], seqs[2], seqs[3]]
    flt = CaseFilter(received_from=date(2026, 3, 2))
    assert cases.list_seqs(flt, CaseSort("received", True), within=within) == [seqs[3], seqs[2]]
