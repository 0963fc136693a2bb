"""The complaint receipt (tanda terima): rendered in memory, printed or exported on request.

A restricted case's receipt is printed again only by a supervisor (CaseService.resolve
refuses anyone else); each print or export of it is also recorded as RESTRICTED_VIEWED."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.roles import Perm
from desktop.formatting import format_phone
from desktop.messages import HaloError, Msg
from desktop.private_fs import write_private
from desktop.receipt.pdf import ReceiptData, render_receipt
from desktop.services import audit

if TYPE_CHECKING:
    from desktop.core import Core

MSG_EXPORT_FAILED = Msg(
    "export_failed",
    "Berkas tidak dapat disimpan di {path}: {reason}. Pilih folder lain.",
    "The file could not be saved to {path}: {reason}. Choose another folder.",
)


class ExportFailed(HaloError):
    exit_code = 5

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(MSG_EXPORT_FAILED, path=str(path), reason=reason)


class ReceiptService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def data(self, case_key: str | int, lang: str = "id") -> ReceiptData:
        core = self.core
        core.require(Perm.RECEIPT_PRINT)
        detail = core.cases.get(case_key)
        ref, case, worker, person = core.reference, detail.case, detail.worker, detail.complainant
        recorder = core.accounts.get(case["created_by"])
        phones = person.get("phones", "")
        return ReceiptData(
            case_number=case["case_number"],
            received_at=datetime.fromisoformat(case["received_at"].replace("Z", "+00:00")),
            recorded_at=datetime.fromisoformat(case["created_at"].replace("Z", "+00:00")),
            office_code=core.office.code,
            office_name=core.office.name,
            office_tz=core.office.tz,
            office_address=core.office.address,
            office_phone=format_phone(core.office.phone),
            complainant_name=person.get("name", ""),
            complainant_relation=ref.label("relation", person.get("relation", ""), lang)
            if person.get("relation") else "",
            # The first number (the one the office calls), grouped: +62 813-3312-4455.
            complainant_phone=format_phone(phones.split(",")[0]) if phones else "",
            worker_name=worker.get("name", ""),
            worker_passport=worker.get("passport", ""),
            destination_country=ref.label("country", worker["destination_country"], lang)
            if worker.get("destination_country") else "",
            category=ref.label("category", case["category"], lang),
            channel=ref.label("channel", case["channel"], lang),
            summary=case["description"],
            missing_documents=[ref.label("document_type", d, lang) for d in detail.missing_documents()],
            officer_name=recorder["full_name"] if recorder else case["created_by"],
            lang=lang,
        )

    def render(self, case_key: str | int, lang: str = "id") -> bytes:
        """PDF bytes in memory: nothing with personal data is written to disk here."""
        return render_receipt(self.data(case_key, lang))

    def record_printed(self, case_key: str | int) -> None:
        self._audit(audit.RECEIPT_PRINTED, self.core.cases.resolve(case_key))

    def _audit(self, action: str, case: dict) -> None:
        self.core.restriction.record_read(action, case)

    def export(self, case_key: str | int, target: Path, lang: str = "id") -> Path:
        """Save the receipt where the officer chose; the audit trail records it."""
        pdf = self.render(case_key, lang)
        case = self.core.cases.resolve(case_key)
        target = Path(target)
        try:
            write_private(target, pdf)
        except OSError as exc:
            raise ExportFailed(target, exc.strerror or type(exc).__name__) from exc
        self._audit(audit.RECEIPT_EXPORTED, case)
        return target
