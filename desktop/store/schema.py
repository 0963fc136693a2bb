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
    "attachment": "attachments",
    "conflict": "conflicts",
}
APPEND_ONLY = ("events", "audit_log", "attachments")
# Entities that belong to a case: they travel with it and leave the PC with it.
CASE_ENTITIES = ("case", "worker", "complainant", "document", "event", "attachment", "conflict")


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


@migrations(name="0002_sync")
def m0002_sync(db: sqlite_utils.Database) -> None:
    """What syncing with the central server needs on the PC.

    Every change, local or received, stays in `changes` with the case it belongs to, so the
    merge can find each field's current version (the newest change carrying it) and the
    consistency check can replay the log by clock order. `base` records, for an edit, the
    versions of the fields it overwrote: the server sees from it whether the edit was made
    without knowing of a concurrent one. A case transferred to another office is removed
    here only through `removed_cases`, which the append-only triggers consult.
    """
    _run(
        db,
        """
ALTER TABLE changes ADD COLUMN case_id TEXT NOT NULL DEFAULT '';
ALTER TABLE changes ADD COLUMN base TEXT NOT NULL DEFAULT '{}';
UPDATE changes SET case_id = entity_id WHERE entity = 'case';
UPDATE changes SET case_id = coalesce((SELECT case_id FROM workers w WHERE w.id = changes.entity_id), '')
    WHERE entity = 'worker';
UPDATE changes SET case_id = coalesce(
    (SELECT case_id FROM complainants p WHERE p.id = changes.entity_id), '')
    WHERE entity = 'complainant';
UPDATE changes SET case_id = coalesce(
    (SELECT case_id FROM case_documents d WHERE d.id = changes.entity_id), '')
    WHERE entity = 'document';
UPDATE changes SET case_id = coalesce((SELECT case_id FROM events e WHERE e.id = changes.entity_id), '')
    WHERE entity = 'event';
CREATE INDEX changes_case ON changes(case_id) WHERE case_id != '';
CREATE TABLE removed_cases (
    case_id TEXT PRIMARY KEY, case_number TEXT NOT NULL, removed_at TEXT NOT NULL,
    reason TEXT NOT NULL);
DROP TRIGGER changes_no_update;
CREATE TRIGGER changes_no_update
    BEFORE UPDATE OF change_id, entity, entity_id, op, fields, user, device, created_at, case_id,
        base ON changes
    BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END;
CREATE TRIGGER changes_hlc_only_at_ack BEFORE UPDATE OF hlc ON changes
    WHEN OLD.pushed_at IS NOT NULL OR NEW.pushed_at IS NULL
    BEGIN SELECT RAISE(ABORT, 'a change keeps its clock once acknowledged'); END;
DROP TRIGGER changes_no_delete;
CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
    WHEN OLD.pushed_at IS NULL
        OR NOT EXISTS (SELECT 1 FROM removed_cases r WHERE r.case_id = OLD.case_id)
    BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END;
DROP TRIGGER events_no_delete;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    WHEN NOT EXISTS (SELECT 1 FROM removed_cases r WHERE r.case_id = OLD.case_id)
    BEGIN SELECT RAISE(ABORT, 'timeline events are append-only'); END;
CREATE TABLE attachments (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), sha256 TEXT NOT NULL,
    filename TEXT NOT NULL, mime TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, created_by TEXT NOT NULL);
CREATE INDEX attachments_case ON attachments(case_id);
CREATE INDEX attachments_sha ON attachments(sha256);
CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
    BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
    WHEN NOT EXISTS (SELECT 1 FROM removed_cases r WHERE r.case_id = OLD.case_id)
    BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, stored INTEGER NOT NULL DEFAULT 0,
    uploaded INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
CREATE TABLE blob_chunks (
    sha256 TEXT NOT NULL REFERENCES blobs(sha256) ON DELETE CASCADE, idx INTEGER NOT NULL,
    data BLOB NOT NULL, PRIMARY KEY (sha256, idx)) WITHOUT ROWID;
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), entity TEXT NOT NULL,
    entity_id TEXT NOT NULL, field TEXT NOT NULL, kept_value TEXT NOT NULL DEFAULT '',
    kept_by TEXT NOT NULL DEFAULT '', other_value TEXT NOT NULL DEFAULT '',
    other_by TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, resolved_at TEXT NOT NULL DEFAULT '',
    resolved_by TEXT NOT NULL DEFAULT '', resolution TEXT NOT NULL DEFAULT '');
CREATE INDEX conflicts_case ON conflicts(case_id);
CREATE TABLE rejected_changes (
    change_id TEXT PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL,
    case_id TEXT NOT NULL DEFAULT '', fields TEXT NOT NULL, code TEXT NOT NULL,
    message_id TEXT NOT NULL, message_en TEXT NOT NULL, rejected_at TEXT NOT NULL);
CREATE TABLE sync_runs (
    id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '', pushed INTEGER NOT NULL DEFAULT 0,
    pulled INTEGER NOT NULL DEFAULT 0, requests INTEGER NOT NULL DEFAULT 0,
    bytes_up INTEGER NOT NULL DEFAULT 0, bytes_down INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '')
""",
    )


def schema_version() -> int:
    """The number of migrations this build knows; the database records how many it has applied."""
    return len(migrations._migrations)
