"""Numbered schema migrations (sqlite_utils.Migrations); the file is backed up before migrating."""

from __future__ import annotations

import json

import sqlite_utils

from desktop.domain.reference import seed_reference
from desktop.store.migration_phones import renormalize_stored_phones
from desktop.store.seeds import directory_seed, load_reference

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
    "referral": "referrals",
    "summons": "summons",
    "link": "case_links",
    "inquiry": "inquiries",
    "stakeholder": "stakeholders",
}
APPEND_ONLY = ("events", "audit_log", "attachments")
# Entities that belong to a case: they travel with it and leave the PC with it.
CASE_ENTITIES = ("case", "worker", "complainant", "document", "event", "attachment", "conflict",
                 "referral", "summons", "link")
# Entities that are their own root (sync/protocol.py ROOTS): a case, an information request.
ROOT_ENTITIES = ("case", "inquiry")
# The stakeholder directory: every PC holds all of it, whatever its office; never removed.
DIRECTORY_ENTITIES = ("stakeholder",)


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


@migrations(name="0003_casework")
def m0003_casework(db: sqlite_utils.Database) -> None:
    """The office's case work (issue 11): a case's handling officer, urgency flag and
    closure proposal; its referrals and PPTKIS summons; the stakeholder directory with its
    trigram search; and the deadline clock derived from the status history (local, not
    synced: desktop/store/clock.py fills it, at the next opening for cases already here).

    The reference lists are brought up to this build's seed (a target per category, the
    new kinds), and the directory's seed entries are inserted with their seed changes, as
    every replica holds them (sync/protocol.py directory_seed).
    """
    case_columns = ("officer", "urgent", "urgent_reason", "proposed_status", "proposed_outcome",
                    "proposed_duplicate_of", "proposal_summary", "proposed_by", "proposed_at")
    _run(db, ";\n".join(f"ALTER TABLE cases ADD COLUMN {c} TEXT NOT NULL DEFAULT ''"
                         for c in case_columns))
    _run(
        db,
        """
CREATE INDEX cases_officer ON cases(officer, status);
CREATE INDEX cases_urgent ON cases(received_at) WHERE urgent = '1';
CREATE INDEX cases_proposed ON cases(proposed_at) WHERE proposed_status != '';
CREATE TABLE referrals (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id),
    stakeholder_id TEXT NOT NULL DEFAULT '', addressee TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT '', letter_no TEXT NOT NULL DEFAULT '',
    sent_on TEXT NOT NULL DEFAULT '', request TEXT NOT NULL DEFAULT '',
    reply_due TEXT NOT NULL DEFAULT '', reply_on TEXT NOT NULL DEFAULT '',
    reply_summary TEXT NOT NULL DEFAULT '', withdrawn_on TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX referrals_case ON referrals(case_id);
CREATE INDEX referrals_waiting ON referrals(reply_due) WHERE reply_on = '' AND withdrawn_on = '';
CREATE INDEX referrals_stakeholder ON referrals(stakeholder_id);
CREATE TABLE summons (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id),
    stakeholder_id TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '',
    letter_no TEXT NOT NULL DEFAULT '', meeting_at TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '', attendance TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX summons_case ON summons(case_id);
CREATE INDEX summons_stakeholder ON summons(stakeholder_id, attendance);
CREATE TABLE stakeholders (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, name TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '', licence_no TEXT NOT NULL DEFAULT '',
    licence_status TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    office_code TEXT NOT NULL DEFAULT '', demo TEXT NOT NULL DEFAULT '',
    active TEXT NOT NULL DEFAULT '1', created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX stakeholders_kind ON stakeholders(kind, name);
CREATE INDEX stakeholders_office ON stakeholders(office_code);
CREATE VIRTUAL TABLE stakeholder_search USING fts5(
    name, licence_no, tokenize='trigram remove_diacritics 1');
CREATE TABLE case_clock (
    case_id TEXT PRIMARY KEY, day INTEGER NOT NULL, target INTEGER NOT NULL,
    paused_days INTEGER NOT NULL, state TEXT NOT NULL, due TEXT NOT NULL,
    as_of TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
CREATE INDEX case_clock_due ON case_clock(state, due)
""",
    )
    load_reference(db.conn, seed_reference())
    seed_directory(db.conn)


@migrations(name="0004_case_links")
def m0004_case_links(db: sqlite_utils.Database) -> None:
    """Links between cases (issue 12): one row per side, each travelling with its case.
    The reference lists gain the timeline steps of a repeat visit and of a link."""
    _run(
        db,
        """
CREATE TABLE case_links (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id),
    other_case_id TEXT NOT NULL, other_number TEXT NOT NULL, kind TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '', ended_at TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX case_links_case ON case_links(case_id);
CREATE INDEX case_links_other ON case_links(other_case_id)
""",
    )
    load_reference(db.conn, seed_reference())


@migrations(name="0005_inquiries")
def m0005_inquiries(db: sqlite_utils.Database) -> None:
    """Information requests (issue 12 §3): questions answered at the desk, counted apart
    from complaints, with the complaint one was turned into; the list of their topics."""
    _run(
        db,
        """
CREATE TABLE inquiries (
    id TEXT NOT NULL UNIQUE, office_code TEXT NOT NULL,
    channel TEXT NOT NULL, topic TEXT NOT NULL, question TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', complainant_type TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL, complaint_id TEXT NOT NULL DEFAULT '',
    complaint_number TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX inquiries_received ON inquiries(received_at)
""",
    )
    load_reference(db.conn, seed_reference())


@migrations(name="0006_attachment_doc_type")
def m0006_attachment_doc_type(db: sqlite_utils.Database) -> None:
    """A scan says which checklist item it is (issue 12 §4): the document type, '' for any
    other attachment."""
    _run(db, "ALTER TABLE attachments ADD COLUMN doc_type TEXT NOT NULL DEFAULT ''")


@migrations(name="0007_phone_numbers")
def m0007_phone_numbers(db: sqlite_utils.Database) -> None:
    """Phone numbers by libphonenumber's rules (issue 12 §4): a foreign number stored with
    its national trunk 0 after the country code ("+600123...") takes its real form; each
    change goes out as an ordinary update (desktop/store/migration_phones.py)."""
    renormalize_stored_phones(db.conn)


@migrations(name="0008_home_counts")
def m0008_home_counts(db: sqlite_utils.Database) -> None:
    """The home view's counts (issue 13 §1) on indexes alone, < 100 ms at 100,000 cases: the
    open cases (their filter's own "still open" test, so SQLite may use these partial indexes)
    by next contact for the office, and by officer for a case officer's own, each holding
    every column a count reads; open referrals by case; a person's logins by time (the last
    login before this one); cases by when they were recorded ("new since my last login").
    And the report's figures (issue 13 §2): every column of a case they read, by the day
    received, so the period's cases are read from the index alone (at 100,000 cases the
    full report takes ~0.9 s with it, ~1.6 s without: tests/bench/report_bench.py)."""
    _run(
        db,
        """
CREATE INDEX cases_open_contact ON cases(next_contact_due, category, urgent, status)
    WHERE status NOT IN ('selesai', 'ditutup');
CREATE INDEX cases_open_officer ON cases(officer, next_contact_due, category, urgent,
    proposed_status, created_at, id, status) WHERE status NOT IN ('selesai', 'ditutup');
CREATE INDEX cases_created ON cases(created_at);
CREATE INDEX cases_report ON cases(received_at, status, category, channel, complainant_type,
    office_code, officer, next_contact_due, id);
CREATE INDEX referrals_waiting_case ON referrals(case_id)
    WHERE reply_on = '' AND withdrawn_on = '';
CREATE INDEX audit_user_action ON audit_log(user, action, at)
""",
    )


@migrations(name="0009_data_protection")
def m0009_data_protection(db: sqlite_utils.Database) -> None:
    """Personal data protection (issue 14, UU PDP): a supervisor's restriction of a case or
    an information request (hidden from everyone else's search, lists and exports); when
    the retention run anonymised it; what sharing a referral's data with its addressee
    rests on (consent with its date and who recorded it, or another legal basis). The
    retention policy arrives with the reference lists (kind "policy")."""
    statements = []
    for table in ("cases", "inquiries"):
        for column in ("restricted_at", "restricted_by", "restriction_reason", "anonymised_at"):
            statements.append(
                f"ALTER TABLE {table} ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    for column in ("legal_basis", "consent_on", "consent_by", "basis_note"):
        statements.append(f"ALTER TABLE referrals ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    statements.append("CREATE INDEX cases_restricted ON cases(restricted_at) "
                      "WHERE restricted_at != ''")
    statements.append("CREATE INDEX inquiries_restricted ON inquiries(restricted_at) "
                      "WHERE restricted_at != ''")
    _run(db, ";\n".join(statements))
    load_reference(db.conn, seed_reference())


@migrations(name="0010_running_digest")
def m0010_running_digest(db: sqlite_utils.Database) -> None:
    """The running state digest (issue 15; desktop/store/digests.py): each case's digest,
    their sum, and the cases written since the sum was brought up to date. Every case,
    information request and the directory starts dirty, so the first checksum after the
    upgrade computes them all once. The triggers that mark writes are made when the store
    opens (digests.ensure_triggers), after every migration."""
    _run(
        db,
        """
CREATE TABLE case_digests (
    case_id TEXT PRIMARY KEY, rows INTEGER NOT NULL, digest TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE digest_total (
    id INTEGER PRIMARY KEY CHECK (id = 1), rows INTEGER NOT NULL, roots INTEGER NOT NULL,
    acc TEXT NOT NULL);
CREATE TABLE digest_dirty (case_id TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO digest_total (id, rows, roots, acc) VALUES (1, 0, 0, printf('%064d', 0));
INSERT OR IGNORE INTO digest_dirty (case_id)
    SELECT id FROM cases UNION SELECT id FROM inquiries
    UNION SELECT 'directory' -- sync.protocol.DIRECTORY_SCOPE
""",
    )


@migrations(name="0011_cases_by_office")
def m0011_cases_by_office(db: sqlite_utils.Database) -> None:
    """Cases by office: after every sync round an office PC looks for cases that left its
    office (Replica.cases_elsewhere); without the index that read every case it holds."""
    _run(db, "CREATE INDEX cases_office ON cases(office_code)")


def seed_directory(conn) -> None:
    """Insert the directory's seed entries this store lacks, each with its seed change (as
    received and pushed: the server logs the same change; never sent back up). Entries
    already here, perhaps edited since, are left as they are."""
    for ch in directory_seed():
        if conn.execute("SELECT 1 FROM changes WHERE change_id = ?", (ch.change_id,)).fetchone():
            continue
        names = list(ch.fields)
        cur = conn.execute(
            f"INSERT INTO stakeholders ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            " ON CONFLICT(id) DO NOTHING", [ch.fields[n] for n in names])
        if cur.rowcount:
            conn.execute("INSERT INTO stakeholder_search (rowid, name, licence_no)"
                         " SELECT seq, name, licence_no FROM stakeholders WHERE id = ?",
                         (ch.entity_id,))
        conn.execute(
            "INSERT INTO changes (change_id, entity, entity_id, op, fields, hlc, user, device,"
            " created_at, case_id, base, pushed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '{}', ?)",
            (ch.change_id, ch.entity, ch.entity_id, ch.op,
             json.dumps(ch.fields, ensure_ascii=False, separators=(",", ":")), ch.hlc, ch.user,
             ch.device, ch.created_at, ch.created_at))


def schema_version() -> int:
    """The number of migrations this build knows; the database records how many it has applied."""
    return len(migrations._migrations)
