"""The local audit trail: append-only, attributed, and free of personal data in `detail`."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.store.outbox import WriteTx

if TYPE_CHECKING:
    from desktop.core import Core

LOGIN, LOGIN_FAILED, LOGOUT = "login", "login_failed", "logout"
USER_ADDED, USER_REMOVED, PASSWORD_RESET, PASSWORD_CHANGED = (
    "user_added", "user_removed", "password_reset", "password_changed",
)
RECEIPT_PRINTED, RECEIPT_EXPORTED, EXPORTED = "receipt_printed", "receipt_exported", "exported"
BACKUP_MADE, RESTORED, INITIALIZED = "backup_made", "restored", "initialized"
# The key file named another server than the encrypted store: it was put back.
KEYFILE_URL_RESTORED = "keyfile_url_restored"
# The supervisor's files (issue 13): counts only, or personal data (the list, a case file).
REPORT_EXPORTED, CASE_LIST_EXPORTED = "report_exported", "case_list_exported"
CASE_FILE_EXPORTED, CASE_FILE_PRINTED = "case_file_exported", "case_file_printed"
# Reads of personal data (issue 14 §1.6) and a person's own data (subject access, §1.1).
CASE_VIEWED, CASE_LIST_READ = "case_viewed", "case_list_read"
SUBJECT_ACCESS_SEARCHED, SUBJECT_ACCESS_EXPORTED = (
    "subject_access_searched", "subject_access_exported")
# A supervisor's restriction of a person's data (§1.2), its lifting, and a view of it.
DATA_RESTRICTED, DATA_RESTRICTION_LIFTED, RESTRICTED_VIEWED = (
    "data_restricted", "data_restriction_lifted", "restricted_viewed")

# A supervisor read this PC's audit trail (§1.6): the filters and the count, in the trail.
AUDIT_TRAIL_READ = "audit_trail_read"


class AuditService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def add(self, tx: WriteTx, action: str, target: str = "", detail: str = "",
            at: str | None = None, user: str | None = None) -> None:
        tx.insert("audit", {
            "id": str(uuid.uuid4()),
            "at": at or tx.now,
            "user": user or tx.user,
            "device": tx.device,
            "action": action,
            "target": target,
            "detail": detail,
        })

    def record(self, action: str, target: str = "", detail: str = "") -> None:
        with self.core.write() as tx:
            self.add(tx, action, target, detail)

    def record_failed_logins(self, pending: list[dict]) -> None:
        if not pending:
            return
        with self.core.write() as tx:
            for item in pending:
                at = datetime.fromtimestamp(float(item.get("at", 0)), UTC)
                self.add(tx, LOGIN_FAILED, target=str(item.get("user", ""))[:64],
                         detail=str(item.get("reason", ""))[:64],
                         at=at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), user=str(item.get("user", ""))[:64])

    def recent(self, limit: int = 200) -> list[dict]:
        return self.core.store.query_dicts(
            "SELECT at, user, device, action, target, detail FROM audit_log ORDER BY at DESC LIMIT ?",
            (limit,),
        )
