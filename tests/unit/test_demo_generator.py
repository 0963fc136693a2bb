"""Demo data: deterministic, realistic, and written exactly like real use (outbox, index)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest

from desktop.demo import bulk_generate, generate_cases
from desktop.domain import status as st
from desktop.domain import validation as v
from desktop.domain.roles import PermissionDenied
from desktop.paths import DataPaths
from desktop.services.cases import CaseFilter
from desktop.services.maintenance import outbox_errors
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF


def _snapshot(core) -> list[tuple]:
    return core.store.query(
        "SELECT c.case_number, c.category, c.status, c.outcome, c.duplicate_of, c.channel,"
        " c.officer, c.urgent, c.proposed_status, c.next_contact_due,"
        " w.name, w.passport, w.nik, w.destination_country, p.name, p.relation, p.phones"
        " FROM cases c JOIN workers w ON w.case_id = c.id JOIN complainants p ON p.case_id = c.id"
        " ORDER BY c.seq")


@pytest.fixture
def other_supervisor(tmp_path):
    """A supervisor on a second, independent store (same office)."""
    opened = []

    def _make(name: str):
        paths = DataPaths(tmp_path / name)
        admin = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
        admin.accounts.add_user("kasi", "Kasi", "supervisor", STAFF_PW)
        admin.close()
        core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
        opened.append(core)
        return core

    yield _make
    for core in opened:
        core.close()


@pytest.fixture(scope="module")
def bulk_500(tmp_path_factory):
    """500 cases shared by the read-only checks (built once: it is the slow part)."""
    paths = DataPaths(tmp_path_factory.mktemp("demo500") / "data")
    admin = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
    admin.accounts.add_user("kasi", "Kasi", "supervisor", STAFF_PW)
    admin.close()
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    numbers = bulk_generate(core, 500, seed=11)
    yield core, numbers
    core.close()


def test_services_path_records_every_case_with_a_consistent_outbox(supervisor):
    seen = []
    numbers = generate_cases(supervisor, 40, seed=5, progress=lambda done, total: seen.append((done, total)))
    assert len(numbers) == len(set(numbers)) == 40
    assert supervisor.cases.count() == 40
    assert seen[-1] == (40, 40)
    assert outbox_errors(supervisor.store) == []
    # The generator moves the core's clock while it works and must put it back.
    assert abs((supervisor.now() - datetime.now(UTC)).total_seconds()) < 60


def test_same_seed_same_cases_on_both_paths_and_other_seed_differs(supervisor, other_supervisor):
    by_services = generate_cases(supervisor, 25, seed=7)
    twin = other_supervisor("twin")
    by_bulk = bulk_generate(twin, 25, seed=7, batch=10)
    assert by_services == by_bulk
    assert _snapshot(supervisor) == _snapshot(twin)

    # Planning in a helper process must not change a thing.
    helper = other_supervisor("helper")
    bulk_generate(helper, 25, seed=7, parallel=True)
    assert _snapshot(helper) == _snapshot(twin)
    assert outbox_errors(helper.store) == []

    other = other_supervisor("other")
    bulk_generate(other, 25, seed=8)
    names = [row[10] for row in _snapshot(twin)]
    assert names != [row[10] for row in _snapshot(other)]


def test_counts_and_bulk_outbox(bulk_500):
    core, numbers = bulk_500
    assert len(numbers) == len(set(numbers)) == 500
    assert core.cases.count() == 500
    assert core.store.query_one("SELECT count(*) FROM case_documents")[0] == 500 * 10
    events = core.store.query_one("SELECT count(*) FROM events WHERE event_type = 'pengaduan_diterima'")[0]
    assert events == 500
    assert outbox_errors(core.store) == []


def test_weights_follow_the_published_statistics(bulk_500):
    core, _ = bulk_500
    categories = Counter(r[0] for r in core.store.query("SELECT category FROM cases"))
    countries = Counter(r[0] for r in core.store.query("SELECT destination_country FROM workers"))
    channels = Counter(r[0] for r in core.store.query("SELECT channel FROM cases"))
    statuses = Counter(r[0] for r in core.store.query("SELECT status FROM cases"))
    relations = Counter(r[0] for r in core.store.query("SELECT relation FROM complainants"))
    assert categories.most_common(1)[0][0] == "ingin_dipulangkan"
    assert countries.most_common(1)[0][0] == "MY"
    assert channels.most_common(1)[0][0] == "datang_langsung"
    assert 0.45 <= channels["datang_langsung"] / 500 <= 0.65
    assert 0.45 <= statuses[st.SELESAI] / 500 <= 0.68
    assert 0.03 <= statuses[st.DITUTUP] / 500 <= 0.14
    assert {st.BARU, st.VALIDASI, st.MENUNGGU_DOKUMEN, st.PROSES, st.DIRUJUK} & set(statuses)
    assert 0.12 <= relations["diri_sendiri"] / 500 <= 0.28
    assert relations["kuasa"] < 30


def test_identifiers_are_valid_and_channels_have_what_they_need(bulk_500):
    core, _ = bulk_500
    for nik, passport, phone, sex, birth in core.store.query(
            "SELECT nik, passport, phone, sex, birth_date FROM workers"):
        assert v.normalize_nik(nik) == nik
        assert v.normalize_passport(passport) == passport
        assert v.normalize_phone(phone) == phone
        if nik:
            born, nik_sex = v.nik_birth_info(nik)
            assert (born.isoformat(), nik_sex) == (birth, sex)
            assert nik[:2] in {"35", "33", "52", "53"}  # Surabaya's region and neighbours
    for nik, phones, email, address, channel in core.store.query(
            "SELECT p.nik, p.phones, p.email, p.address, c.channel"
            " FROM complainants p JOIN cases c ON c.id = p.case_id"):
        assert v.normalize_nik(nik) == nik
        assert all(v.normalize_phone(x) == x and x.startswith("+") for x in phones.split(", ") if x)
        if channel in ("telepon", "sms", "faksimili"):
            assert phones
        if channel == "surat":
            assert address
        if channel == "email":
            assert email


def test_timelines_statuses_and_duplicates_are_plausible(bulk_500):
    core, _ = bulk_500
    rows = core.store.query_dicts("SELECT * FROM cases")
    closed = [r for r in rows if r["status"] in st.CLOSED]
    assert all(r["outcome"] for r in closed)
    duplicates = [r for r in rows if r["outcome"] == "duplikat"]
    numbers = {r["case_number"]: r for r in rows}
    for dup in duplicates:
        survivor = numbers[dup["duplicate_of"]]
        assert survivor["received_at"] <= dup["received_at"]
    # The steps people add by hand: up to 8 drawn, plus the family contacts a case that
    # lost contact or is due for one today was given.
    ref = core.reference
    per_case = Counter(case_id for case_id, event_type in core.store.query(
        "SELECT case_id, event_type FROM events WHERE event_type != 'dokumen_diterima'")
        if not ref.extra("event_type", event_type).get("system"))
    assert len(per_case) > 0.95 * len(rows) and max(per_case.values()) <= 12
    overdue = core.cases.list_seqs(CaseFilter(overdue=True))
    assert overdue, "some open cases should be waiting for an overdue family contact"
    # Nothing is dated in the future, and nothing happens before the complaint arrived.
    now = core.now().strftime("%Y-%m-%dT%H:%M:%S")
    for case_id, received in core.store.query("SELECT id, received_at FROM cases"):
        for (at,) in core.store.query("SELECT occurred_at FROM events WHERE case_id = ?", (case_id,)):
            assert received[:19] <= at[:19] <= now


def test_search_finds_generated_people(bulk_500):
    core, _ = bulk_500
    for seq, name, passport in core.store.query(
            "SELECT c.seq, w.name, w.passport FROM cases c JOIN workers w ON w.case_id = c.id"
            " WHERE w.passport != '' ORDER BY c.seq LIMIT 15"):
        assert seq in core.search.search(name)
        assert seq in core.search.search(passport)


@pytest.mark.parametrize("who", ["officer", "admin_core"])
def test_only_a_supervisor_may_generate(request, who):
    core = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        generate_cases(core, 3)
    with pytest.raises(PermissionDenied):
        bulk_generate(core, 3)
    assert core.cases.count() == 0
