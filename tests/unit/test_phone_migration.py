"""Re-normalising the phone numbers a store holds from before libphonenumber
(desktop/store/migration_phones.py): every changed field is an ordinary update in the
outbox, the search index follows, and what the new rules refuse stays as it was."""

from __future__ import annotations

import json

import pytest

from desktop.domain import casework as cw
from desktop.services.maintenance import outbox_errors
from desktop.session.login import log_in
from desktop.store.migration_phones import MIGRATION_USER, renormalize_stored_phones
from desktop.store.schema import migrations
from tests.conftest import STAFF_PW, TEST_KDF, make_intake

# What the old rules stored for "+60 012-345 6789" and "+44 (0)20 7946 0958", and a
# number they let through that no numbering plan has.
OLD_MY, NEW_MY = "+600123456789", "+60123456789"
OLD_GB, NEW_GB = "+4402079460958", "+442079460958"
NOT_A_NUMBER = "+6221000"


@pytest.fixture
def core(login):
    return login("budi", "case_officer")


def write_as_before(core, entity: str, entity_id: str, **fields) -> None:
    """A value the old desktop stored: through the outbox, like any edit of its time."""
    with core.store.write(core.session.username) as tx:
        tx.update(entity, entity_id, fields)


def migrate(core) -> int:
    conn = core.store.raw_connection
    conn.execute("BEGIN IMMEDIATE")
    try:
        changed = renormalize_stored_phones(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return changed


def people(core, number: str) -> tuple[dict, dict]:
    worker = core.store.query_dicts(
        "SELECT w.* FROM workers w JOIN cases c ON c.id = w.case_id WHERE c.case_number = ?",
        (number,))[0]
    person = core.store.query_dicts(
        "SELECT p.* FROM complainants p JOIN cases c ON c.id = p.case_id"
        " WHERE c.case_number = ?", (number,))[0]
    return worker, person


def changes_of(core, entity_id: str) -> list[dict]:
    return core.store.query_dicts(
        "SELECT * FROM changes WHERE entity_id = ? ORDER BY seq", (entity_id,))


def test_old_forms_become_new_forms_through_the_outbox(core):
    number = core.cases.record_intake(make_intake(worker__phone="0813 3312 4455"))
    untouched = core.cases.record_intake(make_intake(worker__phone="+852 9123 4567"))
    worker, person = people(core, number)
    write_as_before(core, "worker", worker["id"], phone=OLD_MY, employer_phone=NOT_A_NUMBER)
    write_as_before(core, "complainant", person["id"],
                    phones=f"+6281234567890, {OLD_GB}, {NEW_GB}")
    before = {w: len(changes_of(core, w)) for w in (worker["id"], person["id"])}
    base = changes_of(core, worker["id"])[-1]["hlc"]

    assert migrate(core) == 2

    worker, person = people(core, number)
    assert worker["phone"] == NEW_MY
    assert worker["employer_phone"] == NOT_A_NUMBER  # refused by the new rules: left alone
    assert person["phones"] == f"+6281234567890, {NEW_GB}"  # one number twice: once
    assert people(core, untouched)[0]["phone"] == "+85291234567"
    [mine] = changes_of(core, worker["id"])[before[worker["id"]]:]
    assert (mine["op"], mine["user"], mine["device"]) == (
        "update", MIGRATION_USER, core.store.device_id)
    assert json.loads(mine["fields"]) == {"phone": NEW_MY}
    assert json.loads(mine["base"]) == {"phone": base}  # the server sees what it replaces
    assert mine["case_id"] == worker["case_id"] and mine["pushed_at"] is None
    assert mine["hlc"] > base
    [theirs] = changes_of(core, person["id"])[before[person["id"]]:]
    assert json.loads(theirs["fields"]) == {"phones": f"+6281234567890, {NEW_GB}"}
    assert outbox_errors(core.store) == []  # the log still replays to the tables
    indexed = core.store.query_one(
        "SELECT s.phones FROM case_search s JOIN cases c ON c.seq = s.rowid"
        " WHERE c.case_number = ?", (number,))[0]
    assert OLD_MY not in indexed and NEW_MY in indexed and NEW_GB in indexed


def test_the_next_edit_on_this_pc_is_newer_than_the_migration(core):
    number = core.cases.record_intake(make_intake())
    worker, _ = people(core, number)
    write_as_before(core, "worker", worker["id"], phone=OLD_MY)
    migrate(core)
    write_as_before(core, "worker", worker["id"], phone="+6281333124455")
    *_, migrated, edited = changes_of(core, worker["id"])
    assert migrated["user"] == MIGRATION_USER and edited["hlc"] > migrated["hlc"]
    assert json.loads(edited["base"]) == {"phone": migrated["hlc"]}


def test_nothing_to_do_writes_nothing(core):
    core.cases.record_intake(make_intake(worker__phone="+60 12-345 6789",
                                         complainant__phones="0812-3456-7890, 031 8410040"))
    count = core.store.query_one("SELECT count(*) FROM changes")[0]
    assert migrate(core) == 0
    assert core.store.query_one("SELECT count(*) FROM changes")[0] == count


def test_a_second_run_finds_nothing(core):
    number = core.cases.record_intake(make_intake())
    worker, _ = people(core, number)
    write_as_before(core, "worker", worker["id"], phone=OLD_MY)
    assert migrate(core) == 1
    assert migrate(core) == 0


def test_directory_entries_only_where_this_pc_may_edit_them(core):
    own = core.directory.add(cw.StakeholderInput(kind="rumah_sakit", name="RSUD Dr. Soetomo",
                                                 phone="031 5501078"))
    central = core.store.query_one(
        "SELECT id FROM stakeholders WHERE office_code = '' ORDER BY seq LIMIT 1")[0]
    write_as_before(core, "stakeholder", own, phone=OLD_GB)
    write_as_before(core, "stakeholder", central, phone=OLD_MY)
    assert migrate(core) == 1
    phones = dict(core.store.query("SELECT id, phone FROM stakeholders WHERE id IN (?, ?)",
                                   (own, central)))
    # The server refuses a regional PC's edit of central's entry: central's PC does it.
    assert phones == {own: NEW_GB, central: OLD_MY}
    assert outbox_errors(core.store) == []


def test_central_pc_renormalises_every_directory_entry(core):
    conn = core.store.raw_connection
    national = conn.execute("SELECT code FROM ref_items WHERE kind = 'office'"
                            " AND json_extract(extra, '$.national')").fetchone()[0]
    central = core.store.query_one(
        "SELECT id FROM stakeholders WHERE office_code = '' ORDER BY seq LIMIT 1")[0]
    write_as_before(core, "stakeholder", central, phone=OLD_MY)
    core.store.set_meta("office_code", national)
    assert migrate(core) == 1
    assert core.store.query_one("SELECT phone FROM stakeholders WHERE id = ?",
                                (central,))[0] == NEW_MY


def test_registered_as_a_schema_migration_it_runs_at_the_next_login(core, paths):
    """As desktop/store/schema.py registers it: inside the migration's transaction, on
    the store as it was, before anyone reads it."""
    number = core.cases.record_intake(make_intake())
    worker, _ = people(core, number)
    write_as_before(core, "worker", worker["id"], phone=OLD_MY)
    saved = list(migrations._migrations)
    try:
        @migrations(name="9001_test_phone_numbers")
        def _phones(db):
            renormalize_stored_phones(db.conn)

        later = log_in(paths, "budi", STAFF_PW, TEST_KDF)
    finally:
        migrations._migrations[:] = saved
    try:
        assert people(later, number)[0]["phone"] == NEW_MY
        assert outbox_errors(later.store) == []
        write_as_before(later, "worker", worker["id"], phone="+6281333124455")
        *_, migrated, edited = changes_of(later, worker["id"])
        assert migrated["user"] == MIGRATION_USER and edited["hlc"] > migrated["hlc"]
    finally:
        later.close()
