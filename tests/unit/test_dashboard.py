"""The home view's counts (desktop/services/dashboard.py): each equals a count written here
in plain SQL, and the list its tile opens (list_seqs of the item's filter) holds exactly
those cases; a case officer's counts are their own cases, a supervisor's the office's; "new
since my last login" counts from this person's previous login.

One office, recorded on 2 June 2026 and looked at 18 working days later ("today"), as in
tests/ui/test_case_lists.py: a 14-day case is then late, a 20-day case near its deadline.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.casework import ProposalInput, ReferralInput, ReplyInput
from desktop.domain.deadlines import NEAR_DAYS, add_working_days
from desktop.domain.roles import PermissionDenied
from desktop.formatting import iso_utc
from desktop.services import dashboard as d
from desktop.services.cases import UNASSIGNED, CaseFilter
from tests.conftest import STAFF_PW, make_intake, ticking_clock

WIB = ZoneInfo("Asia/Jakarta")
RECORDED = date(2026, 6, 2)
TODAY = add_working_days(RECORDED, 18)

OPEN = "c.status NOT IN ('selesai', 'ditutup')"
URGENT_CATEGORIES = ("(SELECT code FROM ref_items WHERE kind = 'category'"
                     " AND json_extract(extra, '$.urgent'))")
# Each tile's cases, as this test understands them, straight from the tables.
EXPECTED_SQL = {
    d.URGENT: f"{OPEN} AND (c.urgent = '1' OR c.category IN {URGENT_CATEGORIES})",
    d.CONTACT_TODAY: f"{OPEN} AND c.next_contact_due = :today",
    d.CONTACT_OVERDUE: f"{OPEN} AND c.next_contact_due <> '' AND c.next_contact_due < :today",
    d.PAST_DEADLINE: "EXISTS (SELECT 1 FROM case_clock k WHERE k.case_id = c.id"
                     " AND k.state = 'running' AND k.due < :today)",
    d.NEAR_DEADLINE: "EXISTS (SELECT 1 FROM case_clock k WHERE k.case_id = c.id"
                     " AND k.state = 'running' AND k.due >= :today AND k.due <= :near)",
    d.UNASSIGNED_CASES: f"{OPEN} AND c.officer = ''",
    d.AWAITING_APPROVAL: "c.proposed_status <> ''",
    d.REFERRAL_WAITING: "EXISTS (SELECT 1 FROM referrals r WHERE r.case_id = c.id"
                        " AND r.reply_on = '' AND r.withdrawn_on = '')",
    d.NEW_SINCE_LOGIN: "c.created_at > :since",
}


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=WIB)


def expected(core, key: str, since: str, officer: str = "") -> set[int]:
    sql = f"SELECT c.seq FROM cases c WHERE {EXPECTED_SQL[key]}"
    if officer:
        sql += f" AND c.officer = :officer AND {OPEN}"
    params = {"today": TODAY.isoformat(), "near": add_working_days(TODAY, NEAR_DAYS).isoformat(),
              "since": since, "officer": officer}
    return {r[0] for r in core.store.raw_connection.execute(sql, params)}


@pytest.fixture
def office(admin_core, login):
    """Cases of a supervisor ("kasi") and two case officers ("budi", "ani")."""
    admin_core.accounts.add_user("budi", "Budi Santoso", "case_officer", STAFF_PW)
    admin_core.accounts.add_user("ani", "Ani Rahmawati", "case_officer", STAFF_PW)
    sup, budi = login("kasi", "supervisor"), login("budi", "case_officer")
    sup.now = budi.now = ticking_clock(at(RECORDED))
    numbers: dict[str, str] = {}

    def record(name: str, category: str, officer: str = "") -> str:
        numbers[name] = sup.cases.record_intake(make_intake(complaint__category=category))
        if officer:
            sup.handling.assign(numbers[name], officer)
        return numbers[name]

    def refer(name: str) -> str:
        return sup.referrals.refer(numbers[name], ReferralInput(
            legal_basis="vital_interest",
            addressee="KBRI Kuala Lumpur", kind="perwakilan", method="surat",
            letter_no="B.1/2026", request="Mohon bantuan pemulangan."))

    record("closed", "gaji_tidak_dibayar", "budi")
    refer("closed")  # still waiting: the referral is open though the case is not
    sup.cases.change_status(numbers["closed"], "proses")
    sup.cases.change_status(numbers["closed"], "selesai", outcome="hak_dibayar")
    record("wages", "gaji_tidak_dibayar", "budi")
    refer("wages")
    record("nobody", "gaji_tidak_dibayar")
    sup.referrals.withdraw(refer("nobody"))  # withdrawn: waits for nothing
    record("flagged", "ingin_dipulangkan", "ani")
    sup.handling.flag_urgent(numbers["flagged"], "Majikan mengancam pekerja")
    record("death", "meninggal_dunia", "budi")  # urgent by its category, 20 days
    record("late", "putus_komunikasi", "budi")  # 14 days
    record("late_ani", "putus_komunikasi", "ani")
    record("paused", "gaji_tidak_dibayar", "ani")
    sup.cases.change_status(numbers["paused"], "validasi")
    sup.cases.change_status(numbers["paused"], "menunggu_dokumen")
    record("proposed", "ingin_dipulangkan", "budi")
    sup.cases.change_status(numbers["proposed"], "proses")
    budi.handling.propose_closure(numbers["proposed"], ProposalInput(
        status="selesai", outcome="dipulangkan", summary="Pekerja sudah tiba di Surabaya."))
    record("overdue", "lainnya", "budi")
    sup.cases.add_event(numbers["overdue"], "kontak_keluarga", "Ibu pekerja ditelepon.",
                        channel="telepon", spoke_with="Siti Aminah", result="tersambung",
                        next_contact_due=RECORDED + timedelta(days=3))
    record("answered", "lainnya", "ani")
    sup.referrals.answer(refer("answered"), ReplyInput(reply_summary="Sudah ditangani."))
    sup.now = budi.now = ticking_clock(at(TODAY - timedelta(days=1)))
    record("call_today", "lainnya", "budi")
    sup.cases.add_event(numbers["call_today"], "kontak_keluarga", "Ibu pekerja ditelepon.",
                        channel="telepon", spoke_with="Siti Aminah", result="tersambung",
                        next_contact_due=TODAY)
    sup.now = budi.now = ticking_clock(at(TODAY))
    seqs = {k: sup.cases.resolve(v)["seq"] for k, v in numbers.items()}
    return sup, budi, seqs


def check_every_item(core, dash: d.Dashboard, officer: str = "") -> None:
    for item in dash.items:
        want = expected(core, item.key, dash.since, officer)
        listed = core.cases.list_seqs(item.filter)
        assert item.count == len(want), item.key
        assert set(listed) == want and len(listed) == len(want), item.key
        assert core.cases.count_matching(item.filter) == item.count, item.key


def test_a_supervisor_counts_the_offices_cases_each_as_plain_sql_does(office):
    sup, _budi, seq = office
    dash = sup.dashboard.counts()
    assert not dash.own
    assert dash.tile_keys() == list(d.KEYS)
    check_every_item(sup, dash)

    def listed(key: str) -> set[int]:
        return set(sup.cases.list_seqs(dash.item(key).filter))

    # What each tile holds in this office, by name: the SQL above is not the only judge.
    by = {v: k for k, v in seq.items()}
    assert {by[s] for s in listed(d.URGENT)} == {"death", "flagged"}
    assert {by[s] for s in listed(d.CONTACT_TODAY)} == {"call_today"}
    assert {by[s] for s in listed(d.CONTACT_OVERDUE)} == {"overdue"}
    assert {"late", "late_ani"} <= {by[s] for s in listed(d.PAST_DEADLINE)}
    assert "death" in {by[s] for s in listed(d.NEAR_DEADLINE)}
    assert {by[s] for s in listed(d.UNASSIGNED_CASES)} == {"nobody"}
    assert {by[s] for s in listed(d.AWAITING_APPROVAL)} == {"proposed"}
    assert {by[s] for s in listed(d.REFERRAL_WAITING)} == {"closed", "wages"}


def test_a_case_officer_counts_only_their_own_open_cases(office):
    sup, budi, seq = office
    dash = budi.dashboard.counts()
    assert dash.own
    assert d.UNASSIGNED_CASES not in dash.tile_keys()  # the supervisor's to assign
    check_every_item(budi, dash, officer="budi")
    by = {v: k for k, v in seq.items()}

    def names(key: str) -> set[str]:
        return {by[s] for s in budi.cases.list_seqs(dash.item(key).filter)}

    assert names(d.URGENT) == {"death"}  # not ani's flagged case
    assert names(d.PAST_DEADLINE) == {"late"}
    assert names(d.REFERRAL_WAITING) == {"wages"}  # a closed case is not theirs to follow
    assert names(d.AWAITING_APPROVAL) == {"proposed"}
    assert all(item.filter.officer == "budi" for item in dash.items)
    # The supervisor's tiles count more than one officer's.
    office_dash = sup.dashboard.counts()
    assert office_dash.item(d.URGENT).count == 2 and dash.item(d.URGENT).count == 1


def test_tiles_that_mean_a_saved_view_use_its_filter(office):
    """The View menu then shows the view checked when a tile opens the list."""
    sup, budi, _seq = office
    dash = sup.dashboard.counts()
    assert dash.item(d.UNASSIGNED_CASES).filter == CaseFilter(officer=UNASSIGNED, open_only=True)
    assert dash.item(d.URGENT).filter == CaseFilter(urgent=True, open_only=True, order="due")
    assert dash.item(d.AWAITING_APPROVAL).filter == CaseFilter(awaiting_approval=True)
    assert dash.item(d.CONTACT_TODAY).filter == CaseFilter(contact_today=True, order="due")
    own = budi.dashboard.counts()
    assert own.item(d.CONTACT_TODAY).filter == CaseFilter(contact_today=True, officer="budi",
                                                          order="due")


@pytest.mark.parametrize("role", ["admin", "front_office"])
def test_the_administrator_and_front_office_see_the_offices_counts_without_assigning(
        office, login, role):
    sup, _budi, _seq = office
    core = login("lain", role) if role != "admin" else None
    if core is None:
        from desktop.session.login import log_in
        from tests.conftest import ADMIN, ADMIN_PW, TEST_KDF
        core = log_in(sup.paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        core.now = ticking_clock(at(TODAY))
        dash = core.dashboard.counts()
        assert not dash.own and d.UNASSIGNED_CASES not in dash.tile_keys()
        check_every_item(core, dash)
        assert dash.item(d.URGENT).count == 2
    finally:
        if role == "admin":
            core.close()


def test_a_referral_waiting_filter_and_a_recorded_since_filter_combine_with_others(office):
    sup, _budi, seq = office
    cases = sup.cases
    waiting = CaseFilter(referral_waiting=True)
    assert set(cases.list_seqs(waiting)) == {seq["closed"], seq["wages"]}
    assert cases.count_matching(CaseFilter(referral_waiting=True, open_only=True)) == 1
    newest = max(cases.resolve(s)["created_at"] for s in seq.values())
    newest_seq = next(s for s in seq.values() if cases.resolve(s)["created_at"] == newest)
    assert cases.list_seqs(CaseFilter(recorded_since=newest)) == []  # after, not at
    just_before = iso_utc(datetime.fromisoformat(newest) - timedelta(microseconds=1))
    assert cases.list_seqs(CaseFilter(recorded_since=just_before)) == [newest_seq]
    urgent = cases.count_matching(CaseFilter(urgent=True, recorded_since=just_before))
    assert urgent == len({newest_seq} & set(cases.list_seqs(CaseFilter(urgent=True))))


def test_counting_needs_the_right_to_read_cases(office, monkeypatch):
    from desktop.domain import roles

    sup, _budi, _seq = office
    monkeypatch.setitem(roles.PERMISSIONS, roles.Role.SUPERVISOR,
                        roles.PERMISSIONS[roles.Role.SUPERVISOR] - {roles.Perm.CASE_READ})
    with pytest.raises(PermissionDenied):
        sup.dashboard.counts()


# -- new since my last login ------------------------------------------------------------------

def _login_at(core) -> str:
    """The session's own login: this user's latest on this PC."""
    return core.store.query_one(
        "SELECT max(at) FROM audit_log WHERE action = 'login' AND user = ?",
        (core.session.username,))[0]


def test_new_since_last_login_counts_from_the_login_before_this_one(admin_core, login):
    admin_core.accounts.add_user("budi", "Budi Santoso", "case_officer", STAFF_PW)
    sup = login("kasi", "supervisor")
    yesterday = sup.now() - timedelta(days=1)

    def record(received: datetime | None = None) -> int:
        number = sup.cases.record_intake(make_intake(complaint__received_at=received)
                                         if received else make_intake())
        sup.handling.assign(number, "budi")
        return sup.cases.resolve(number)["seq"]

    old = record(yesterday)
    first = login("budi", "case_officer")  # budi's first login ever: nothing is new yet
    first_at = _login_at(first)
    dash = first.dashboard.counts()
    assert dash.since == first_at
    assert dash.item(d.NEW_SINCE_LOGIN).count == 0
    first.close()

    during = record()  # while budi was away
    late_letter = record(yesterday)  # received before the last login, recorded after it
    second = login("budi", "case_officer")
    assert _login_at(second) > first_at
    dash = second.dashboard.counts()
    assert dash.since == first_at  # the login before this one
    new = dash.item(d.NEW_SINCE_LOGIN)
    assert new.filter.recorded_since == first_at
    # New to budi is what was recorded while he was away, a letter dated earlier too.
    assert set(second.cases.list_seqs(new.filter)) == {during, late_letter}
    assert new.count == 2
    assert old not in set(second.cases.list_seqs(new.filter))
    check_every_item(second, dash, officer="budi")

    after = record()  # arrives during this session: new too
    assert set(second.cases.list_seqs(second.dashboard.counts().item(
        d.NEW_SINCE_LOGIN).filter)) == {during, late_letter, after}


def test_last_login_ignores_other_people_failed_logins_and_other_pcs_later_logins(
        admin_core, login):
    budi = login("budi", "case_officer")
    mine = _login_at(budi)
    later = iso_utc(datetime.fromisoformat(mine) + timedelta(microseconds=1))
    with budi.write() as tx:
        # budi on another PC after this session began (synced here), a failed attempt and
        # someone else's login: none of them is "the login before this one".
        for user, action, device in (("budi", "login", "other-pc"),
                                     ("budi", "login_failed", budi.store.device_id),
                                     ("kasi", "login", budi.store.device_id)):
            tx.insert("audit", {"id": f"{user}-{action}-{device}", "at": later, "user": user,
                                "device": device, "action": action, "target": "",
                                "detail": ""})
    assert budi.dashboard.last_login() == mine  # first login here: its own
    budi.close()
    again = login("budi", "case_officer")
    assert _login_at(again) > later
    assert again.dashboard.last_login() == later  # the other PC's was the one before
