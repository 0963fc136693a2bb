"""The outbox (desktop/store/outbox.py): every write of a synced row records its change.

Replaying the change records in order must reproduce the synced tables exactly; that is
what sync relies on to send each local change once and only once.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.domain import status as st
from desktop.domain.models import ComplainantInput, WorkerInput
from desktop.domain.validation import ValidationError, ValidationErrors
from desktop.messages import HaloError
from desktop.services import audit
from desktop.services.cases import CaseService
from desktop.services.maintenance import outbox_errors
from desktop.store.schema import SYNCED_TABLES
from sync.hlc import parse_hlc
from tests import casework_rows as rows
from tests.conftest import STAFF_PW, make_intake, ticking_clock

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 3, 10, 10, 0, tzinfo=WIB)


def _max_seq(core) -> int:
    return core.store.query_one("SELECT coalesce(max(seq), 0) FROM changes")[0]


def _changes_since(core, seq: int) -> list[dict]:
    rows = core.store.query_dicts("SELECT * FROM changes WHERE seq > ? ORDER BY seq", (seq,))
    for row in rows:
        row["fields"] = json.loads(row["fields"])
    return rows


def _all_changes(core) -> list[dict]:
    return _changes_since(core, 0)


def _row(core, entity: str, entity_id: str) -> dict:
    rows = core.store.query_dicts(f"SELECT * FROM {SYNCED_TABLES[entity]} WHERE id = ?",
                                  (entity_id,))
    assert rows, (entity, entity_id)
    row = rows[0]
    row.pop("seq", None)
    return row


def check_change_rows(core, rows: list[dict], *, user: str) -> None:
    """Common shape of change records written by one service call (one transaction)."""
    assert rows, "the write produced no change record"
    for row in rows:
        assert uuid.UUID(row["change_id"]).version == 4
        assert row["entity"] in SYNCED_TABLES
        assert row["op"] in ("insert", "update")
        assert row["user"] == user
        assert row["device"] == core.store.device_id == core.office.device_id
        assert row["pushed_at"] is None
        parse_hlc(row["hlc"])
        if row["op"] == "insert":
            assert row["fields"]["id"] == row["entity_id"]
            # An insert carries the whole row.
            assert set(row["fields"]) == set(_row(core, row["entity"], row["entity_id"]))
        else:
            assert row["fields"], "an update without changed fields"
    hlcs = [r["hlc"] for r in rows]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
    # One transaction: a single write timestamp.
    assert len({r["created_at"] for r in rows}) == 1


def _summary(rows: list[dict]) -> list[tuple[str, str, frozenset]]:
    return [(r["entity"], r["op"], frozenset(r["fields"])) for r in rows]


@pytest.fixture
def sup(supervisor):
    supervisor.now = ticking_clock(NOW)
    return supervisor


@pytest.fixture
def number(sup):
    return sup.cases.record_intake(make_intake())


# -- every write path ---------------------------------------------------------------------

def test_record_intake(sup):
    before = _max_seq(sup)
    number = sup.cases.record_intake(make_intake())
    rows = _changes_since(sup, before)
    check_change_rows(sup, rows, user="kasi")
    case = sup.cases.resolve(number)
    assert [r["op"] for r in rows] == ["insert"] * len(rows)
    by_entity: dict[str, list[dict]] = {}
    for r in rows:
        by_entity.setdefault(r["entity"], []).append(r)
    assert {e: len(v) for e, v in by_entity.items()} == {
        "case": 1, "worker": 1, "complainant": 1, "event": 1,
        "document": len(sup.reference.items("document_type"))}
    assert by_entity["case"][0]["entity_id"] == case["id"]
    assert by_entity["case"][0]["fields"]["case_number"] == number
    for r in rows:
        assert r["fields"] == _row(sup, r["entity"], r["entity_id"])
    assert rows[0]["entity"] == "case"  # parent first, so a replay satisfies foreign keys


def test_case_work_writes_record_their_changes(sup, number):
    case_id = sup.cases.resolve(number)["id"]
    before = _max_seq(sup)
    rows.assign_officer(sup, number, "budi.sby")
    referral = rows.add_referral(sup, number)
    summons = rows.add_summons(sup, number)
    rows.answer_referral(sup, referral, "Dijawab.")
    changes = _changes_since(sup, before)
    for change in changes:  # one transaction each
        check_change_rows(sup, [change], user="kasi")
    assert [(c["entity"], c["op"], c["case_id"]) for c in changes] == [
        ("case", "update", case_id), ("referral", "insert", case_id),
        ("summons", "insert", case_id), ("referral", "update", case_id)]
    assert changes[0]["fields"] == {"officer": "budi.sby", "updated_at": changes[0]["created_at"]}
    assert changes[2]["entity_id"] == summons
    assert set(changes[3]["fields"]) == {"reply_on", "reply_summary", "updated_at"}


def test_a_directory_insert_carries_the_whole_row_and_names_no_case(sup):
    before = _max_seq(sup)
    with sup.write() as tx:  # the columns with defaults left out: demo, active, country...
        tx.insert("stakeholder", {"id": "s-1", "kind": "polisi", "name": "Polrestabes Surabaya",
                                  "office_code": "SBY", "created_by": tx.user,
                                  "created_at": tx.now, "updated_at": tx.now})
    [change] = _changes_since(sup, before)
    assert change["case_id"] == "" and change["fields"] == _row(sup, "stakeholder", "s-1")
    assert (change["fields"]["active"], change["fields"]["demo"]) == ("1", "")
    hits = sup.store.query("SELECT rowid FROM stakeholder_search WHERE stakeholder_search"
                           " MATCH 'Polrestabes'")
    assert hits == sup.store.query("SELECT seq FROM stakeholders WHERE id = 's-1'")
    rows.edit_stakeholder(sup, "s-1", name="Polda Jawa Timur")
    assert sup.store.query("SELECT count(*) FROM stakeholder_search WHERE stakeholder_search"
                           " MATCH 'Polrestabes'") == [(0,)]
    assert outbox_errors(sup.store) == []


def test_add_event(sup, number):
    case_id = sup.cases.resolve(number)["id"]
    before = _max_seq(sup)
    event_id = sup.cases.add_event(number, "mediasi", "Mediasi dengan PPTKIS")
    rows = _changes_since(sup, before)
    check_change_rows(sup, rows, user="kasi")
    assert _summary(rows) == [
        ("event", "insert", frozenset(_row(sup, "event", event_id))),
        ("case", "update", frozenset({"updated_at"})),
    ]
    assert rows[0]["entity_id"] == event_id and rows[1]["entity_id"] == case_id

    before = _max_seq(sup)
    sup.cases.add_event(number, "kontak_keluarga", "Ibu ditelepon", channel="telepon",
                        next_contact_due="2026-03-20")
    rows = _changes_since(sup, before)
    check_change_rows(sup, rows, user="kasi")
    assert rows[1]["fields"]["next_contact_due"] == "2026-03-20"
    assert set(rows[1]["fields"]) == {"updated_at", "next_contact_due"}


def test_change_status_close_and_reopen(sup, number):
    case_id = sup.cases.resolve(number)["id"]
    before = _max_seq(sup)
    sup.cases.change_status(number, "proses")
    rows = _changes_since(sup, before)
    check_change_rows(sup, rows, user="kasi")
    assert _summary(rows)[0] == ("case", "update", frozenset({"status", "updated_at"}))
    assert rows[0]["fields"]["status"] == "proses" and rows[0]["entity_id"] == case_id
    assert rows[1]["entity"] == "event" and rows[1]["fields"]["event_type"] == "perubahan_status"

    before = _max_seq(sup)
    sup.cases.change_status(number, "selesai", outcome="dipulangkan")
    rows = _changes_since(sup, before)
    check_change_rows(sup, rows, user="kasi")
    # duplicate_of stays "" so it is not a change.
    assert _summary(rows)[0] == ("case", "update", frozenset({"status", "outcome", "updated_at"}))

    before = _max_seq(sup)
    sup.cases.change_status(number, "proses")
    rows = _changes_since(sup, before)
    check_change_rows(sup, rows, user="kasi")
    assert rows[0]["fields"]["status"] == "proses" and rows[0]["fields"]["outcome"] == ""
    assert set(rows[0]["fields"]) == {"status", "outcome", "updated_at"}
    assert rows[1]["fields"]["event_type"] == "dibuka_kembali"


def test_set_document(sup, number):
    case_id = sup.cases.resolve(number)["id"]
    doc_id = f"{case_id}:paspor"
    before = _max_seq(sup)
    sup.cases.set_document(number, "paspor", "ada")
    rows = _changes_since(sup, before)
    check_change_rows(sup, rows, user="kasi")
    assert [(r["entity"], r["op"]) for r in rows] == [
        ("document", "update"), ("document", "update"), ("event", "insert"), ("case", "update")]
    assert rows[0]["entity_id"] == doc_id and rows[0]["fields"] == {"state": "ada"}
    assert set(rows[1]["fields"]) == {"updated_at"}
    assert rows[2]["fields"]["event_type"] == "dokumen_diterima"

    before = _max_seq(sup)
    sup.cases.set_document(number, "paspor", "ada")  # unchanged: no change record
    assert _changes_since(sup, before) == []


def test_update_people(sup, number):
    detail = sup.cases.get(number)
    worker = WorkerInput(**{k: detail.worker[k] for k in WorkerInput.__dataclass_fields__})
    worker.employer_name = "Lim Bee Hoon"
    person = ComplainantInput(**{k: detail.complainant[k]
                                 for k in ComplainantInput.__dataclass_fields__})
    person.email = "siti@contoh.co.id"
    before = _max_seq(sup)
    sup.cases.update_people(number, worker=worker, complainant=person)
    rows = _changes_since(sup, before)
    check_change_rows(sup, rows, user="kasi")
    assert [(r["entity"], r["op"], r["fields"]) for r in rows[:2]] == [
        ("worker", "update", {"employer_name": "Lim Bee Hoon"}),
        ("complainant", "update", {"email": "siti@contoh.co.id"}),
    ]
    assert rows[0]["entity_id"] == detail.worker["id"]
    assert rows[1]["entity_id"] == detail.complainant["id"]
    assert _summary(rows)[2] == ("case", "update", frozenset({"updated_at"}))


def test_accounts_and_audit(admin_core):
    before = _max_seq(admin_core)
    admin_core.accounts.add_user("budi", "Budi", "front_office", STAFF_PW)
    rows = _changes_since(admin_core, before)
    check_change_rows(admin_core, rows, user="admin")
    assert [(r["entity"], r["op"]) for r in rows] == [("user", "insert"), ("audit", "insert")]
    assert rows[1]["fields"]["action"] == audit.USER_ADDED

    before = _max_seq(admin_core)
    admin_core.accounts.remove_user("budi")
    rows = _changes_since(admin_core, before)
    check_change_rows(admin_core, rows, user="admin")
    assert _summary(rows)[0] == ("user", "update", frozenset({"active", "updated_at"}))
    assert (rows[1]["entity"], rows[1]["fields"]["action"]) == ("audit", audit.USER_REMOVED)
    assert rows[0]["fields"]["active"] == 0

    calls = [
        (audit.PASSWORD_RESET, lambda: admin_core.accounts.reset_password("admin", "new-pass-1234")),
        (audit.EXPORTED, lambda: admin_core.audit.record(audit.EXPORTED, target="laporan.csv")),
    ]
    for action, call in calls:
        before = _max_seq(admin_core)
        call()
        rows = _changes_since(admin_core, before)
        check_change_rows(admin_core, rows, user="admin")
        assert [(r["entity"], r["op"], r["fields"]["action"]) for r in rows] == [
            ("audit", "insert", action)]


def test_login_is_recorded_through_the_outbox(admin_core, login):
    before = _max_seq(admin_core)
    login("petugas", "front_office")
    rows = _changes_since(admin_core, before)
    assert [(r["entity"], r["fields"].get("action"), r["user"]) for r in rows] == [
        ("user", None, "admin"), ("audit", audit.USER_ADDED, "admin"),
        ("audit", audit.LOGIN, "petugas")]


def test_a_failure_mid_write_leaves_no_change_records(sup, monkeypatch):
    before = _max_seq(sup)
    cases_before = sup.cases.count()

    def broken_event(self, *args, **kwargs):
        raise RuntimeError("disk gremlin")

    monkeypatch.setattr(CaseService, "_event", broken_event)
    with pytest.raises(RuntimeError):
        sup.cases.record_intake(make_intake())
    assert _changes_since(sup, before) == []
    assert sup.cases.count() == cases_before
    assert sup.store.meta("case_seq:2026") is None
    assert outbox_errors(sup.store) == []


def test_rejected_operations_write_nothing(sup, number):
    before = _max_seq(sup)
    with pytest.raises(ValidationErrors):
        sup.cases.record_intake(make_intake(complaint__category=""))
    with pytest.raises(st.StatusError):
        sup.cases.change_status(number, "selesai", outcome="dipulangkan")
    with pytest.raises(ValidationError):
        sup.cases.set_document(number, "paspor", "entah")
    assert _changes_since(sup, before) == []


# -- replay equals the tables ---------------------------------------------------------------

def check_whole_outbox(core) -> None:
    every = _all_changes(core)
    # This PC's own changes (the directory's seed came with the store, under seed ids).
    rows = [r for r in every if r["device"] == core.store.device_id]
    ids = [r["change_id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 4 for i in ids)
    hlcs = [r["hlc"] for r in rows]
    assert all(a < b for a, b in zip(hlcs, hlcs[1:], strict=False)), "HLC not increasing"
    # Updates carry only fields whose value actually changed.
    state: dict[tuple[str, str], dict] = {}
    for r in every:
        key = (r["entity"], r["entity_id"])
        if r["op"] == "insert":
            state[key] = dict(r["fields"])
        else:
            assert r["fields"], r
            for k, v in r["fields"].items():
                assert state[key][k] != v, (r["entity"], k)
            state[key].update(r["fields"])
    assert outbox_errors(core.store) == []


def _random_worker(rng: random.Random, detail) -> WorkerInput:
    worker = WorkerInput(**{k: detail.worker[k] for k in WorkerInput.__dataclass_fields__})
    choice = rng.randrange(4)
    if choice == 0:
        worker.name = rng.choice(["Dewi Lestari", "Nurhaliza", "Budi Santoso", "Rina Wati"])
    elif choice == 1:
        worker.passport = f"B{rng.randrange(10**6, 10**7)}"
    elif choice == 2:
        worker.destination_country = rng.choice(["MY", "SA", "TW", "HK"])
    return worker  # choice 3: no change at all


def _random_op(rng, sup, admin, users, numbers, step) -> None:
    ref = sup.reference
    op = rng.choices(
        ["intake", "event", "status", "document", "people", "user_add", "user_remove",
         "audit", "bad_intake", "casework"],
        weights=[18, 16, 18, 14, 10, 4, 3, 4, 3, 12])[0]
    if op == "intake" or not numbers:
        numbers.append(sup.cases.record_intake(make_intake(
            complaint__category=rng.choice([i.code for i in ref.items("category")]),
            complainant__relation=rng.choice(["ibu", "ayah", "kuasa", "istri"]),
            worker__passport=f"C{rng.randrange(10**6, 10**7)}")))
        return
    number = rng.choice(numbers)
    if op == "casework":
        _random_casework(rng, sup, number, step)
    elif op == "event":
        kind = rng.choice(["kontak_keluarga", "catatan", "mediasi", "pemulangan"])
        due = (NOW + timedelta(days=rng.randrange(0, 20))).date() if rng.random() < 0.5 else None
        sup.cases.add_event(number, kind, f"Langkah {step}",
                            channel="telepon" if kind == "kontak_keluarga" else "",
                            next_contact_due=due)
    elif op == "status":
        old = sup.cases.resolve(number)["status"]
        new = rng.choice(st.allowed_next(old))
        outcome, dup = "", ""
        if new in st.CLOSED:
            outcome = rng.choice([i.code for i in ref.items("outcome")
                                  if i.extra.get("closes_as") == new])
            others = [n for n in numbers if n != number]
            if ref.extra("outcome", outcome).get("requires_duplicate_of"):
                if not others:
                    return
                dup = rng.choice(others)
        if new == st.DIRUJUK:  # a referral is what makes a case "referred"
            rows.add_referral(sup, number)
        sup.cases.change_status(number, new, outcome=outcome, duplicate_of=dup,
                                note=rng.choice(["", "catatan"]))
    elif op == "document":
        sup.cases.set_document(number, rng.choice([i.code for i in ref.items("document_type")]),
                               rng.choice(["ada", "tidak_ada", "tidak_berlaku"]),
                               note=rng.choice(["", "fotokopi"]))
    elif op == "people":
        sup.cases.update_people(number, worker=_random_worker(rng, sup.cases.get(number)))
    elif op == "user_add":
        name = rng.choice(["budi", "rina", "tono", "wati"])
        try:
            admin.accounts.add_user(name, name.title(), rng.choice(["front_office", "supervisor"]),
                                    STAFF_PW)
            users.add(name)
        except HaloError:
            assert name in users  # only "already exists" is expected
    elif op == "user_remove" and users:
        name = rng.choice(sorted(users))
        admin.accounts.remove_user(name)
        users.discard(name)
    elif op == "audit":
        sup.audit.record(rng.choice([audit.RECEIPT_PRINTED, audit.EXPORTED]), target=number)
    elif op == "bad_intake":
        with pytest.raises(ValidationErrors):
            sup.cases.record_intake(make_intake(worker__nik="123"))


def _random_casework(rng, sup, number: str, step: int) -> None:
    """Case work through the outbox: officer, urgency, proposals, referrals, summons and
    the directory."""
    kind = rng.choice(["officer", "urgent", "proposal", "referral", "answer", "summons",
                       "attendance", "partner", "partner_edit"])
    if kind == "officer":
        rows.assign_officer(sup, number, rng.choice(["kasi", "petugas", ""]))
    elif kind == "urgent":
        rows.flag_urgent(sup, number, f"Alasan {step}")
    elif kind == "proposal":
        rows.propose_closure(sup, number, summary=f"Usulan {step}")
    elif kind == "referral":
        rows.add_referral(sup, number)
    elif kind == "summons":
        rows.add_summons(sup, number)
    elif kind == "partner":
        rows.add_stakeholder(sup, f"PT Mitra Nomor {step}")
    else:
        table = {"answer": "referrals", "attendance": "summons",
                 "partner_edit": "stakeholders"}[kind]
        found = sup.store.query(f"SELECT id FROM {table} ORDER BY id")
        if not found:
            return
        target = rng.choice(found)[0]
        if kind == "answer":
            rows.answer_referral(sup, target, f"Jawaban {step}")
        elif kind == "attendance":
            rows.record_attendance(sup, target, rng.choice(["hadir", "tidak_hadir"]))
        else:
            rows.edit_stakeholder(sup, target, phone=rng.choice(["+62318410040", "+6221555"]))


@pytest.mark.parametrize("seed", [20260310, 7])
def test_replaying_the_outbox_reproduces_the_tables(admin_core, sup, seed):
    # One writer per PC: both sessions share one clock, as a single connection would.
    admin_core.store.clock = sup.store.clock
    rng = random.Random(seed)
    users: set[str] = set()
    numbers: list[str] = []
    for step in range(200):
        _random_op(rng, sup, admin_core, users, numbers, step)
    assert len(numbers) >= 20
    statuses = {r[0] for r in sup.store.query("SELECT DISTINCT status FROM cases")}
    assert len(statuses) >= 4  # the run exercised the pipeline, not just intakes
    check_whole_outbox(sup)
    assert sup.maintenance.check().ok


# -- the check itself -----------------------------------------------------------------------

@pytest.mark.parametrize("sql, problem", [
    ("UPDATE cases SET description = 'diubah diam-diam'", "differs"),
    ("UPDATE workers SET name = 'Orang Lain'", "differs"),
    ("DELETE FROM case_documents WHERE doc_type = 'paspor'", "without row"),
    ("INSERT INTO audit_log (id, at, user, device, action) VALUES ('x', 't', 'u', 'd', 'a')",
     "without change record"),
    ("INSERT INTO changes (change_id, entity, entity_id, op, fields, hlc, user, device, created_at)"
     " VALUES ('c', 'case', 'ghost', 'update', '{}', 'h', 'u', 'd', 't')", "update before insert"),
])
def test_a_write_bypassing_the_outbox_is_detected(sup, number, sql, problem):
    assert outbox_errors(sup.store) == []
    sup.store.raw_connection.execute(sql)
    errors = outbox_errors(sup.store)
    assert errors
    assert any(problem in e for e in errors), errors
    assert not sup.maintenance.check().ok
