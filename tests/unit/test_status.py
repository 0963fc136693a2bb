"""The status pipeline table (desktop/domain/status.py) and its agreement with the seed data."""

from __future__ import annotations

import pytest

from desktop.domain import status as st
from desktop.domain.reference import Reference


def test_every_status_has_an_entry_and_targets_are_known():
    assert set(st.TRANSITIONS) == set(st.ALL_STATUSES)
    for old, targets in st.TRANSITIONS.items():
        assert targets, old
        assert targets <= set(st.ALL_STATUSES), old
        assert old not in targets, f"{old} -> itself is not a transition"


def test_closed_states_only_go_back_to_proses():
    assert set(st.CLOSED) == {st.SELESAI, st.DITUTUP}
    for closed in st.CLOSED:
        assert st.TRANSITIONS[closed] == frozenset({st.PROSES})


def test_open_and_closed_partition_the_statuses():
    assert set(st.ALL_STATUSES) == st.OPEN | st.CLOSED
    assert not st.OPEN & st.CLOSED


def _reachable(start: str) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in st.TRANSITIONS[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_every_status_is_reachable_from_baru():
    assert _reachable(st.BARU) == set(st.ALL_STATUSES)


@pytest.mark.parametrize("status", sorted(st.OPEN))
def test_every_open_case_can_be_closed_eventually(status):
    assert _reachable(status) & st.CLOSED
    # Closing without resolution is always possible straight away (withdrawn, unreachable).
    assert st.DITUTUP in st.TRANSITIONS[status]


def test_selesai_needs_handling_first():
    """A case is only resolved after it was handled (proses or dirujuk)."""
    sources = {old for old, targets in st.TRANSITIONS.items() if st.SELESAI in targets}
    assert sources == {st.PROSES, st.DIRUJUK}


def test_check_transition_accepts_exactly_the_table():
    for old in st.ALL_STATUSES:
        for new in st.ALL_STATUSES:
            if new in st.TRANSITIONS[old]:
                st.check_transition(old, new)
            else:
                with pytest.raises(st.StatusError) as info:
                    st.check_transition(old, new)
                assert info.value.code == "status_transition_invalid"
                assert info.value.field == "status"


def test_unknown_status_is_refused():
    with pytest.raises(st.StatusError) as info:
        st.check_transition(st.BARU, "hilang")
    assert info.value.code == "status_unknown"
    with pytest.raises(st.StatusError):
        st.check_transition("hilang", st.PROSES)


def test_allowed_next_follows_the_pipeline_order():
    for old in st.ALL_STATUSES:
        nxt = st.allowed_next(old)
        assert set(nxt) == st.TRANSITIONS[old]
        assert nxt == sorted(nxt, key=st.ALL_STATUSES.index)
    assert st.allowed_next("hilang") == []


def test_is_reopen_only_from_closed_to_proses():
    for old in st.ALL_STATUSES:
        for new in st.ALL_STATUSES:
            assert st.is_reopen(old, new) == (old in st.CLOSED and new == st.PROSES)


def test_seed_reference_agrees_with_the_table():
    ref = Reference.from_seed()
    assert [i.code for i in ref.items("status")] == list(st.ALL_STATUSES)
    outcomes = ref.items("outcome")
    assert outcomes
    for item in outcomes:
        assert item.extra.get("closes_as") in st.CLOSED, item.code
    closes = {item.extra["closes_as"] for item in outcomes}
    assert closes == set(st.CLOSED)
    assert [i.code for i in outcomes if i.extra.get("requires_duplicate_of")] == ["duplikat"]
