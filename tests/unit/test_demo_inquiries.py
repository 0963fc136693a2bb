"""The demo office's information requests: about a third as many as complaints, spread like
them, the same on both writers for a seed, some made complaints, with a clean outbox."""

from __future__ import annotations

from collections import Counter

from desktop.demo import bulk_generate, generate_cases
from desktop.domain import case_events as ce
from desktop.paths import DataPaths
from desktop.services.maintenance import outbox_errors
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF


def _supervisor(root):
    paths = DataPaths(root)
    admin = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
    admin.accounts.add_user("kasi", "Kasi", "supervisor", STAFF_PW)
    admin.accounts.add_user("loket", "Loket", "front_office", STAFF_PW)
    admin.close()
    return log_in(paths, "kasi", STAFF_PW, TEST_KDF)


def _requests(core) -> list[tuple]:
    return core.store.query(
        "SELECT received_at, channel, topic, question, answer, name, phone, complainant_type,"
        " complaint_number, created_by FROM inquiries ORDER BY received_at, question")


def test_both_writers_record_the_same_requests_and_link_their_complaints(tmp_path):
    by_services, by_bulk = _supervisor(tmp_path / "a"), _supervisor(tmp_path / "b")
    try:
        numbers = generate_cases(by_services, 60, seed=4)
        assert bulk_generate(by_bulk, 60, seed=4, batch=25) == numbers
        asked = _requests(by_services)
        assert asked and asked == _requests(by_bulk)
        for core in (by_services, by_bulk):
            assert outbox_errors(core.store) == []
            made = core.store.query(
                "SELECT i.id, i.complaint_number, c.case_number, c.received_at, i.received_at"
                " FROM inquiries i JOIN cases c ON c.id = i.complaint_id")
            assert made and len(made) == core.store.query(
                "SELECT count(*) FROM inquiries WHERE complaint_id != ''")[0][0]
            for _id, named, number, case_received, asked_at in made:
                assert named == number and asked_at < case_received
            steps = core.store.query(
                "SELECT count(*) FROM events WHERE event_type = ?", (ce.FROM_INQUIRY,))[0][0]
            assert steps == len(made)
    finally:
        by_services.close()
        by_bulk.close()


def test_a_third_as_many_as_complaints_spread_and_weighted_like_them(tmp_path):
    core = _supervisor(tmp_path / "c")
    try:
        bulk_generate(core, 1500, seed=9)
        rows = core.store.query("SELECT received_at, channel, topic, complaint_number"
                                " FROM inquiries")
        assert 0.27 * 1500 < len(rows) < 0.40 * 1500
        channels = Counter(r[1] for r in rows)
        assert [c for c, _n in channels.most_common(2)] == ["datang_langsung", "telepon"]
        topics = {i.code for i in core.reference.items("inquiry_topic")}
        assert {r[2] for r in rows} <= topics and len({r[2] for r in rows}) >= 8
        made = sum(1 for r in rows if r[3])
        assert 0.05 * len(rows) < made < 0.30 * len(rows)
        # Over the same years as the complaints: the same span, and each year holds a
        # share of requests close to its share of complaints.
        cases = [r[0] for r in core.store.query("SELECT received_at FROM cases")]
        years_asked = Counter(r[0][:4] for r in rows)
        years_cases = Counter(c[:4] for c in cases)
        assert set(years_asked) <= set(years_cases) | {str(int(min(years_cases)) - 1)}
        for year, n in years_cases.items():
            if n > 200:
                assert abs(years_asked[year] / len(rows) - n / len(cases)) < 0.06
        assert {r[0] for r in core.store.query(
            "SELECT created_by FROM inquiries")} <= {"kasi", "loket"}
    finally:
        core.close()
