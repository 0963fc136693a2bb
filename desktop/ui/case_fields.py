"""The fields of a case as people read them, in the order the details panel shows them.

Shared by the details panel, the conflicts panel and the list of refused changes, so a
field reads the same everywhere. The labels keep the "DetailsPanel" translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# (field, label marked for lupdate and translated where shown, how to show the value:
# None as stored, "date", "sex", "phone" and "phones" (desktop.formatting), or the
# reference list the code comes from).
COMPLAINT_FIELDS = (
    ("case.category", QT_TRANSLATE_NOOP("DetailsPanel", "Category"), "category"),
    ("case.channel", QT_TRANSLATE_NOOP("DetailsPanel", "Channel"), "channel"),
    ("case.complainant_type", QT_TRANSLATE_NOOP("DetailsPanel", "Complainant type"),
     "complainant_type"),
    ("case.description", QT_TRANSLATE_NOOP("DetailsPanel", "Description"), None),
    ("case.outcome", QT_TRANSLATE_NOOP("DetailsPanel", "Outcome"), "outcome"),
    ("case.duplicate_of", QT_TRANSLATE_NOOP("DetailsPanel", "Duplicate of"), None),
)
WORKER_FIELDS = (
    ("worker.name", QT_TRANSLATE_NOOP("DetailsPanel", "Name"), None),
    ("worker.sex", QT_TRANSLATE_NOOP("DetailsPanel", "Sex"), "sex"),
    ("worker.birth_date", QT_TRANSLATE_NOOP("DetailsPanel", "Date of birth"), "date"),
    ("worker.nik", QT_TRANSLATE_NOOP("DetailsPanel", "NIK"), None),
    ("worker.passport", QT_TRANSLATE_NOOP("DetailsPanel", "Passport"), None),
    ("worker.ktkln", QT_TRANSLATE_NOOP("DetailsPanel", "KTKLN"), None),
    ("worker.phone", QT_TRANSLATE_NOOP("DetailsPanel", "Phone"), "phone"),
    ("worker.address", QT_TRANSLATE_NOOP("DetailsPanel", "Address"), None),
    ("worker.province", QT_TRANSLATE_NOOP("DetailsPanel", "Province"), None),
    ("worker.regency", QT_TRANSLATE_NOOP("DetailsPanel", "Regency / city"), None),
    ("worker.destination_country", QT_TRANSLATE_NOOP("DetailsPanel", "Destination country"), "country"),
    ("worker.destination_city", QT_TRANSLATE_NOOP("DetailsPanel", "Destination city"), None),
    ("worker.job", QT_TRANSLATE_NOOP("DetailsPanel", "Job"), "job"),
    ("worker.employer_name", QT_TRANSLATE_NOOP("DetailsPanel", "Employer"), None),
    ("worker.employer_address", QT_TRANSLATE_NOOP("DetailsPanel", "Employer address"), None),
    ("worker.employer_phone", QT_TRANSLATE_NOOP("DetailsPanel", "Employer phone"), "phone"),
    ("worker.first_employer", QT_TRANSLATE_NOOP("DetailsPanel", "First employer"), None),
    ("worker.pptkis", QT_TRANSLATE_NOOP("DetailsPanel", "Placement agency (PPTKIS)"), None),
    ("worker.departure_date", QT_TRANSLATE_NOOP("DetailsPanel", "Departure date"), "date"),
    ("worker.work_agreement", QT_TRANSLATE_NOOP("DetailsPanel", "Work agreement"), None),
)
COMPLAINANT_FIELDS = (
    ("complainant.name", QT_TRANSLATE_NOOP("DetailsPanel", "Name"), None),
    ("complainant.relation", QT_TRANSLATE_NOOP("DetailsPanel", "Relation to the worker"), "relation"),
    ("complainant.nik", QT_TRANSLATE_NOOP("DetailsPanel", "NIK"), None),
    ("complainant.phones", QT_TRANSLATE_NOOP("DetailsPanel", "Phones"), "phones"),
    ("complainant.email", QT_TRANSLATE_NOOP("DetailsPanel", "Email"), None),
    ("complainant.address", QT_TRANSLATE_NOOP("DetailsPanel", "Address"), None),
    ("complainant.preferred_contact", QT_TRANSLATE_NOOP("DetailsPanel", "Preferred contact"), "channel"),
)
