"""The unlocked core: what exists only while a staff member is logged in."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.crypto.keyslots import KeySlotFile
from desktop.domain.reference import Reference, seed_reference
from desktop.domain.roles import Perm, Role, require
from desktop.paths import DataPaths
from desktop.services.accounts import AccountService
from desktop.services.attachments import AttachmentService
from desktop.services.audit import AuditService
from desktop.services.audit_trail import AuditTrailService
from desktop.services.case_files import CaseFileService
from desktop.services.cases import CaseService
from desktop.services.conflicts import ConflictService
from desktop.services.dashboard import DashboardService
from desktop.services.directory import DirectoryService
from desktop.services.handling import HandlingService
from desktop.services.history import HistoryService
from desktop.services.inquiries import InquiryService
from desktop.services.letters import LetterService
from desktop.services.links import LinkService
from desktop.services.maintenance import MaintenanceService
from desktop.services.receipts import ReceiptService
from desktop.services.referrals import ReferralService
from desktop.services.reports import ReportService
from desktop.services.restriction import RestrictionService
from desktop.services.search import SearchService
from desktop.services.subject_access import SubjectAccessService
from desktop.services.sync_service import SyncService
from desktop.store.store import Store


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Session:
    username: str
    full_name: str
    role: Role


@dataclass(frozen=True)
class OfficeInfo:
    code: str
    name: str
    tz: str
    address: str
    phone: str
    device_id: str
    device_letter: str
    device_label: str


class Core:
    def __init__(
        self,
        store: Store,
        db_key: bytes,
        keyslots: KeySlotFile,
        paths: DataPaths,
        session: Session,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.store = store
        self._db_key = db_key
        self.keyslots = keyslots
        self.paths = paths
        self.session = session
        self.now = now
        self.reference = self.load_reference()
        self.office = self._load_office()
        self.audit = AuditService(self)
        self.cases = CaseService(self)
        self.search = SearchService(self)
        self.accounts = AccountService(self)
        self.receipts = ReceiptService(self)
        self.maintenance = MaintenanceService(self)
        self.conflicts = ConflictService(self)
        self.sync = SyncService(self)
        self.attachments = AttachmentService(self)
        self.history = HistoryService(self)
        self.handling = HandlingService(self)
        self.referrals = ReferralService(self)
        self.directory = DirectoryService(self)
        self.letters = LetterService(self)
        self.links = LinkService(self)
        self.inquiries = InquiryService(self)
        self.reports = ReportService(self)
        self.case_files = CaseFileService(self)
        self.dashboard = DashboardService(self)
        self.subject_access = SubjectAccessService(self)
        self.restriction = RestrictionService(self)
        self.audit_trail = AuditTrailService(self)

    def load_reference(self) -> Reference:
        rows = self.store.query("SELECT kind, code, label_id, label_en, sort, extra, active FROM ref_items")
        # A store made by an older version lacks what the seed gained since (a new event type):
        # that comes from the seed in memory. Opening writes nothing (`check` must not write),
        # and what the store holds, edited or switched off by central, wins.
        known = {(r[0], r[1]) for r in rows}
        added = [(kind, it["code"], it["id"], it["en"], it.get("sort", 0), json.dumps(it.get("extra", {})))
                 for kind, items in seed_reference().items() if isinstance(items, list)
                 for it in items if (kind, it["code"]) not in known]
        return Reference.from_rows([r[:6] for r in rows if r[6]] + added)

    def _load_office(self) -> OfficeInfo:
        meta = dict(self.store.query("SELECT key, value FROM meta"))
        code = meta["office_code"]
        extra = self.reference.extra("office", code)
        return OfficeInfo(
            code=code,
            name=meta.get("office_name") or self.reference.label("office", code),
            # An office created centrally after this build: its zone came with enrolment.
            tz=extra.get("tz") or meta.get("office_tz") or "WIB",
            address=extra.get("address", ""),
            phone=extra.get("phone", ""),
            device_id=meta["device_id"],
            device_letter=meta.get("device_letter", "A"),
            device_label=meta.get("device_label", ""),
        )

    def write(self):
        """A write transaction attributed to the logged-in user, at the core's time."""
        return self.store.write(self.session.username, self.now())

    def require(self, perm: Perm) -> None:
        require(self.session.role, perm)

    @property
    def db_key(self) -> bytes:
        """Only for wrapping new key slots and making encrypted backups."""
        return self._db_key

    def close(self) -> None:
        self.store.close()
