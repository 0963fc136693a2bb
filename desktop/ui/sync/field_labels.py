"""Names of synced fields and their values in words, for refused changes and conflicts.

The details panel's labels are reused where it shows the same field, so a field reads the
same everywhere in the case window.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.data_protection import LEGAL_BASIS_LABELS
from desktop.domain.models import DOC_MISSING, DOC_NOT_APPLICABLE, DOC_PRESENT
from desktop.formatting import format_date, format_phone, format_phones
from desktop.ui.case_fields import (
    COMPLAINANT_FIELDS,
    COMPLAINT_FIELDS,
    WORKER_FIELDS,
)

ENTITIES = {
    "case": QT_TRANSLATE_NOOP("FieldLabels", "Complaint"),
    "worker": QT_TRANSLATE_NOOP("FieldLabels", "Worker (TKI)"),
    "complainant": QT_TRANSLATE_NOOP("FieldLabels", "Complainant"),
    "document": QT_TRANSLATE_NOOP("FieldLabels", "Document"),
    "event": QT_TRANSLATE_NOOP("FieldLabels", "Timeline entry"),
    "attachment": QT_TRANSLATE_NOOP("FieldLabels", "Attachment"),
    "conflict": QT_TRANSLATE_NOOP("FieldLabels", "Conflict decision"),
    "referral": QT_TRANSLATE_NOOP("FieldLabels", "Referral"),
    "summons": QT_TRANSLATE_NOOP("FieldLabels", "PPTKIS summons"),
    "stakeholder": QT_TRANSLATE_NOOP("FieldLabels", "Directory entry"),
}
# Fields the details panel does not show: (label, how to show the value).
EXTRA_FIELDS = {
    "case.status": (QT_TRANSLATE_NOOP("FieldLabels", "Status"), "status"),
    "case.office_code": (QT_TRANSLATE_NOOP("FieldLabels", "Office"), "office"),
    "case.received_at": (QT_TRANSLATE_NOOP("FieldLabels", "Received"), None),
    "case.next_contact_due": (QT_TRANSLATE_NOOP("FieldLabels", "Next contact"), "date"),
    "document.state": (QT_TRANSLATE_NOOP("FieldLabels", "State"), "doc_state"),
    "document.note": (QT_TRANSLATE_NOOP("FieldLabels", "Note"), None),
    "event.summary": (QT_TRANSLATE_NOOP("FieldLabels", "Summary"), None),
    "attachment.filename": (QT_TRANSLATE_NOOP("FieldLabels", "File name"), None),
    # Case work (issue 11): who handles the case, urgency, a closure proposal.
    "case.officer": (QT_TRANSLATE_NOOP("FieldLabels", "Handling officer"), "officer"),
    "case.urgent": (QT_TRANSLATE_NOOP("FieldLabels", "Urgent"), "yes_no"),
    "case.urgent_reason": (QT_TRANSLATE_NOOP("FieldLabels", "Reason it is urgent"), None),
    "case.proposed_status": (QT_TRANSLATE_NOOP("FieldLabels", "Proposed status"), "status"),
    "case.proposed_outcome": (QT_TRANSLATE_NOOP("FieldLabels", "Proposed outcome"), "outcome"),
    "case.proposed_duplicate_of": (QT_TRANSLATE_NOOP("FieldLabels", "Proposed duplicate of"),
                                   None),
    "case.proposal_summary": (QT_TRANSLATE_NOOP("FieldLabels", "Proposal summary"), None),
    "case.proposed_by": (QT_TRANSLATE_NOOP("FieldLabels", "Proposed by"), None),
    "case.proposed_at": (QT_TRANSLATE_NOOP("FieldLabels", "Proposed on"), "date"),
    "referral.addressee": (QT_TRANSLATE_NOOP("FieldLabels", "Addressee"), None),
    "referral.method": (QT_TRANSLATE_NOOP("FieldLabels", "Sent by"), "referral_method"),
    "referral.letter_no": (QT_TRANSLATE_NOOP("FieldLabels", "Letter number"), None),
    "referral.sent_on": (QT_TRANSLATE_NOOP("FieldLabels", "Sent on"), "date"),
    "referral.request": (QT_TRANSLATE_NOOP("FieldLabels", "What was asked"), None),
    "referral.reply_due": (QT_TRANSLATE_NOOP("FieldLabels", "Reply due"), "date"),
    "referral.reply_on": (QT_TRANSLATE_NOOP("FieldLabels", "Replied on"), "date"),
    "referral.reply_summary": (QT_TRANSLATE_NOOP("FieldLabels", "Reply"), None),
    "referral.withdrawn_on": (QT_TRANSLATE_NOOP("FieldLabels", "Withdrawn on"), "date"),
    # What sharing with the addressee rests on (issue 14 §1.4).
    "referral.legal_basis": (QT_TRANSLATE_NOOP("FieldLabels", "Basis for sharing"),
                             "legal_basis"),
    "referral.consent_on": (QT_TRANSLATE_NOOP("FieldLabels", "Consent given on"), "date"),
    "referral.consent_by": (QT_TRANSLATE_NOOP("FieldLabels", "Consent recorded by"), None),
    "referral.basis_note": (QT_TRANSLATE_NOOP("FieldLabels", "Note on the basis"), None),
    # A supervisor's restriction; the retention run's anonymisation (issue 14 §1.2, §1.3).
    "case.restricted_at": (QT_TRANSLATE_NOOP("FieldLabels", "Restricted since"), "date"),
    "case.restricted_by": (QT_TRANSLATE_NOOP("FieldLabels", "Restricted by"), None),
    "case.restriction_reason": (QT_TRANSLATE_NOOP("FieldLabels", "Reason for the restriction"),
                                None),
    "case.anonymised_at": (QT_TRANSLATE_NOOP("FieldLabels", "Anonymised on"), "date"),
    "summons.agency": (QT_TRANSLATE_NOOP("FieldLabels", "Agency"), None),
    "summons.letter_no": (QT_TRANSLATE_NOOP("FieldLabels", "Letter number"), None),
    "summons.meeting_at": (QT_TRANSLATE_NOOP("FieldLabels", "Meeting"), "date"),
    "summons.place": (QT_TRANSLATE_NOOP("FieldLabels", "Place"), None),
    "summons.attendance": (QT_TRANSLATE_NOOP("FieldLabels", "Attendance"), "attendance"),
    "summons.result": (QT_TRANSLATE_NOOP("FieldLabels", "Result"), None),
    "stakeholder.name": (QT_TRANSLATE_NOOP("FieldLabels", "Name"), None),
    "stakeholder.kind": (QT_TRANSLATE_NOOP("FieldLabels", "Kind"), "stakeholder_kind"),
    "stakeholder.address": (QT_TRANSLATE_NOOP("FieldLabels", "Address"), None),
    "stakeholder.phone": (QT_TRANSLATE_NOOP("FieldLabels", "Phone"), "phone"),
    "stakeholder.email": (QT_TRANSLATE_NOOP("FieldLabels", "Email"), None),
    "stakeholder.licence_no": (QT_TRANSLATE_NOOP("FieldLabels", "Licence number"), None),
    "stakeholder.licence_status": (QT_TRANSLATE_NOOP("FieldLabels", "Licence status"),
                                   "licence_status"),
    "stakeholder.office_code": (QT_TRANSLATE_NOOP("FieldLabels", "Office"), "office"),
    "stakeholder.active": (QT_TRANSLATE_NOOP("FieldLabels", "In use"), "yes_no"),
}
_PANEL = {f: (label, kind) for group in (COMPLAINT_FIELDS, WORKER_FIELDS, COMPLAINANT_FIELDS)
          for f, label, kind in group}
YES, NO = QT_TRANSLATE_NOOP("FieldLabels", "Yes"), QT_TRANSLATE_NOOP("FieldLabels", "No")
DOC_STATES = {
    DOC_PRESENT: QT_TRANSLATE_NOOP("FieldLabels", "Present"),
    DOC_MISSING: QT_TRANSLATE_NOOP("FieldLabels", "Missing"),
    DOC_NOT_APPLICABLE: QT_TRANSLATE_NOOP("FieldLabels", "Not applicable"),
}


def entity_label(entity: str) -> str:
    if entity in ENTITIES:
        return QCoreApplication.translate("FieldLabels", ENTITIES[entity])
    return entity


def field_label(entity: str, field: str) -> str:
    key = f"{entity}.{field}"
    if key in _PANEL:
        return QCoreApplication.translate("DetailsPanel", _PANEL[key][0])
    if key in EXTRA_FIELDS:
        return QCoreApplication.translate("FieldLabels", EXTRA_FIELDS[key][0])
    return field


def document_type(reference, entity_id: str, lang: str) -> str:
    """A document row's id is '<case id>:<document type>'."""
    return reference.label("document_type", entity_id.rpartition(":")[2], lang)


def where_label(reference, entity: str, entity_id: str, field: str, lang: str) -> str:
    """'Employer (Worker (TKI))', 'State (Document: Passport copy)'."""
    part = entity_label(entity)
    if entity == "document":
        part = f"{part}: {document_type(reference, entity_id, lang)}"
    return f"{field_label(entity, field)} ({part})"


def value_text(reference, entity: str, field: str, raw, lang: str,
               names: dict[str, str] | None = None) -> str:
    """A stored value as the case window shows it ('' shows as "(empty)"); `names`:
    username -> full name, for the handling officer."""
    text = "" if raw is None else str(raw)
    key = f"{entity}.{field}"
    kind = (_PANEL.get(key) or EXTRA_FIELDS.get(key) or (None, None))[1]
    if kind == "officer":
        if not text:
            return QCoreApplication.translate("FieldLabels", "Nobody (unassigned)")
        return (names or {}).get(text) or text
    if not text:
        return QCoreApplication.translate("FieldLabels", "(empty)")
    if kind is None:
        return text
    if kind == "date":
        try:
            return format_date(date.fromisoformat(text[:10]), lang)
        except ValueError:
            return text
    if kind == "sex":
        return {"L": QCoreApplication.translate("DetailsPanel", "Male (L)"),
                "P": QCoreApplication.translate("DetailsPanel", "Female (P)")}.get(text, text)
    if kind == "yes_no":
        return QCoreApplication.translate("FieldLabels", YES if text in ("1", "true") else NO)
    if kind == "phone":
        return format_phone(text)
    if kind == "phones":
        return format_phones(text)
    if kind == "legal_basis":
        labels = LEGAL_BASIS_LABELS.get(text)
        return (labels[0] if lang == "id" else labels[1]) if labels else text
    if kind == "doc_state":
        return QCoreApplication.translate("FieldLabels", DOC_STATES[text]) if text in DOC_STATES \
            else text
    return reference.label(kind, text, lang)
