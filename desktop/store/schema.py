"""Numbered schema migrations (sqlite_utils.Migrations); the file is backed up before migrating."""

from __future__ import annotations

import sqlite_utils

MIGRATION_SET = "halotki"
migrations = sqlite_utils.Migrations(MIGRATION_SET)

# Tables whose rows travel through the outbox; entity name -> table.
SYNCED_TABLES = {
    "case": "cases",
    "worker": "workers",
    "complainant": "complainants",
    "document": "case_documents",
    "event": "events",
    "user": "users",
    "audit": "audit_log",
}
APPEND_ONLY = ("events", "audit_log")


def _run(db: sqlite_utils.Database, statements: str) -> None:
    # executescript would commit the migration's transaction half-way; run one by one.
    for statement in statements.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_initial")
def m0001_initial(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE ref_items (
    kind TEXT NOT NULL, code TEXT NOT NULL, label_id TEXT NOT NULL, label_en TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, extra TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (kind, code));
CREATE TABLE users (
    id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, role TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE cases (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, case_number TEXT NOT NULL UNIQUE,
    office_code TEXT NOT NULL, status TEXT NOT NULL, category TEXT NOT NULL, channel TEXT NOT NULL,
    complainant_type TEXT NOT NULL DEFAULT '', received_at TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '',
    duplicate_of TEXT NOT NULL DEFAULT '', next_contact_due TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX cases_received ON cases(received_at);
CREATE INDEX cases_status ON cases(status, received_at);
CREATE INDEX cases_category ON cases(category, received_at);
CREATE INDEX cases_next_contact ON cases(next_contact_due);
CREATE TABLE workers (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL UNIQUE REFERENCES cases(id),
    name TEXT NOT NULL DEFAULT '', sex TEXT NOT NULL DEFAULT '', birth_date TEXT NOT NULL DEFAULT '',
    nik TEXT NOT NULL DEFAULT '', passport TEXT NOT NULL DEFAULT '', ktkln TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', province TEXT NOT NULL DEFAULT '',
    regency TEXT NOT NULL DEFAULT '', destination_country TEXT NOT NULL DEFAULT '',
    destination_city TEXT NOT NULL DEFAULT '', job TEXT NOT NULL DEFAULT '',
    employer_name TEXT NOT NULL DEFAULT '', employer_address TEXT NOT NULL DEFAULT '',
    employer_phone TEXT NOT NULL DEFAULT '', first_employer TEXT NOT NULL DEFAULT '',
    pptkis TEXT NOT NULL DEFAULT '', departure_date TEXT NOT NULL DEFAULT '',
    work_agreement TEXT NOT NULL DEFAULT '');
CREATE INDEX workers_passport ON workers(passport) WHERE passport != '';
CREATE INDEX workers_nik ON workers(nik) WHERE nik != '';
CREATE INDEX workers_birth ON workers(birth_date) WHERE birth_date != '';
CREATE TABLE complainants (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL UNIQUE REFERENCES cases(id),
    name TEXT NOT NULL DEFAULT '', relation TEXT NOT NULL DEFAULT '', nik TEXT NOT NULL DEFAULT '',
    phones TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
    preferred_contact TEXT NOT NULL DEFAULT '');
CREATE INDEX complainants_nik ON complainants(nik) WHERE nik != '';
CREATE TABLE case_documents (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), doc_type TEXT NOT NULL,
    state TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL,
    UNIQUE (case_id, doc_type));
CREATE TABLE events (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), event_type TEXT NOT NULL,
    occurred_at TEXT NOT NULL, recorded_at TEXT NOT NULL, user TEXT NOT NULL, device TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL DEFAULT '',
    next_contact_due TEXT NOT NULL DEFAULT '', data TEXT NOT NULL DEFAULT '{}');
CREATE INDEX events_case ON events(case_id, occurred_at);
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, device TEXT NOT NULL,
    action TEXT NOT NULL, target TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '');
CREATE INDEX audit_at ON audit_log(at);
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY, change_id TEXT NOT NULL UNIQUE, entity TEXT NOT NULL,
    entity_id TEXT NOT NULL, op TEXT NOT NULL, fields TEXT NOT NULL, hlc TEXT NOT NULL,
    user TEXT NOT NULL, device TEXT NOT NULL, created_at TEXT NOT NULL, pushed_at TEXT);
CREATE INDEX changes_entity ON changes(entity, entity_id);
CREATE INDEX changes_pending ON changes(seq) WHERE pushed_at IS NULL;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'timeline events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'timeline events are append-only'); END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
    BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END;
CREATE TRIGGER changes_no_update
    BEFORE UPDATE OF change_id, entity, entity_id, op, fields, hlc, user, device, created_at ON changes
    BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END;
CREATE VIRTUAL TABLE case_search USING fts5(
    case_number, worker_name, complainant_name, passport, nik, phones,
    tokenize='trigram remove_diacritics 1')
""",
    )


def schema_version() -> int:
    """The number of migrations this build knows; the database records how many it has applied."""
    return len(migrations._migrations)
