"""Names of synced fields and their values in words, for refused changes and conflicts.

The details panel's labels are reused where it shows the same field, so a field reads the
same everywhere in the case window.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.models import DOC_MISSING, DOC_NOT_APPLICABLE, DOC_PRESENT
from desktop.formatting import format_date
from desktop.ui.case_fields import (
    COMPLAINANT_FIELDS,
    COMPLAINT_FIELDS,
    WORKER_FIELDS,
)

ENTITIES = {
    "case": QT_TRANSLATE_NOOP("FieldLabels", "Complaint"),
    "worker": QT_TRANSLATE_NOOP("FieldLabels", "Worker (PMI)"),
    "complainant": QT_TRANSLATE_NOOP("FieldLabels", "Complainant"),
    "document": QT_TRANSLATE_NOOP("FieldLabels", "Document"),
    "event": QT_TRANSLATE_NOOP("FieldLabels", "Timeline entry"),
    "attachment": QT_TRANSLATE_NOOP("FieldLabels", "Attachment"),
    "conflict": QT_TRANSLATE_NOOP("FieldLabels", "Conflict decision"),
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
}
_PANEL = {f: (label, kind) for group in (COMPLAINT_FIELDS, WORKER_FIELDS, COMPLAINANT_FIELDS)
          for f, label, kind in group}
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
    """'Employer (Worker (PMI))', 'State (Document: Passport copy)'."""
    part = entity_label(entity)
    if entity == "document":
        part = f"{part}: {document_type(reference, entity_id, lang)}"
    return f"{field_label(entity, field)} ({part})"


def value_text(reference, entity: str, field: str, raw, lang: str) -> str:
    """A stored value as the case window shows it ('' shows as "(empty)")."""
    text = "" if raw is None else str(raw)
    if not text:
        return QCoreApplication.translate("FieldLabels", "(empty)")
    key = f"{entity}.{field}"
    kind = (_PANEL.get(key) or EXTRA_FIELDS.get(key) or (None, None))[1]
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
    if kind == "doc_state":
        return QCoreApplication.translate("FieldLabels", DOC_STATES[text]) if text in DOC_STATES \
            else text
    return reference.label(kind, text, lang)
