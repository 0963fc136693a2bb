"""One case as text: every field, the document checklist and the timeline, in the user's language.

Codes become the reference labels the office sees on screen; dates and times follow the
office's zone and the Indonesian conventions of desktop.formatting.
"""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.models import CaseDetail
from desktop.domain.reference import Reference
from desktop.formatting import format_date, format_datetime
from desktop.messages import Msg

EMPTY = "-"
LABEL_WIDTH = 26

# (column, label, how the value is shown)
CASE_FIELDS = (
    ("received_at", Msg("field.received_at", "Diterima", "Received"), "datetime"),
    ("channel", Msg("field.channel", "Saluran", "Channel"), "ref:channel"),
    ("category", Msg("field.category", "Jenis pengaduan", "Category"), "ref:category"),
    ("complainant_type", Msg("field.complainant_type", "Jenis pengadu", "Complainant type"), "ref:complainant_type"),
    ("outcome", Msg("field.outcome", "Hasil penanganan", "Outcome"), "ref:outcome"),
    ("duplicate_of", Msg("field.duplicate_of", "Duplikat dari", "Duplicate of"), "text"),
    ("next_contact_due", Msg("field.next_contact_due", "Kontak berikutnya", "Next contact due"), "date"),
    ("created_by", Msg("field.created_by", "Dicatat oleh", "Recorded by"), "text"),
    ("created_at", Msg("field.created_at", "Dicatat pada", "Recorded at"), "datetime"),
    ("updated_at", Msg("field.updated_at", "Terakhir diubah", "Last changed"), "datetime"),
)
COMPLAINANT_FIELDS = (
    ("name", Msg("field.name", "Nama", "Name"), "text"),
    ("relation", Msg("field.relation", "Hubungan dengan TKI", "Relation to the worker"), "ref:relation"),
    ("nik", Msg("field.nik", "NIK", "NIK"), "text"),
    ("phones", Msg("field.phones", "Telepon", "Phone numbers"), "text"),
    ("email", Msg("field.email", "Email", "Email"), "text"),
    ("address", Msg("field.address", "Alamat", "Address"), "text"),
    ("preferred_contact", Msg("field.preferred_contact", "Kontak yang diinginkan", "Preferred contact"), "ref:channel"),
)
WORKER_FIELDS = (
    ("name", Msg("field.name", "Nama", "Name"), "text"),
    ("sex", Msg("field.sex", "Jenis kelamin", "Sex"), "sex"),
    ("birth_date", Msg("field.birth_date", "Tanggal lahir", "Date of birth"), "date"),
    ("nik", Msg("field.nik", "NIK", "NIK"), "text"),
    ("passport", Msg("field.passport", "Nomor paspor", "Passport number"), "text"),
    ("ktkln", Msg("field.ktkln", "Nomor KTKLN", "KTKLN card number"), "text"),
    ("phone", Msg("field.phone", "Telepon", "Phone"), "text"),
    ("address", Msg("field.address", "Alamat", "Address"), "text"),
    ("province", Msg("field.province", "Provinsi", "Province"), "text"),
    ("regency", Msg("field.regency", "Kabupaten/kota", "Regency/city"), "text"),
    ("destination_country", Msg("field.destination_country", "Negara tujuan", "Destination country"), "ref:country"),
    ("destination_city", Msg("field.destination_city", "Kota tujuan", "Destination city"), "text"),
    ("job", Msg("field.job", "Pekerjaan", "Job"), "ref:job"),
    ("employer_name", Msg("field.employer_name", "Nama majikan", "Employer"), "text"),
    ("employer_address", Msg("field.employer_address", "Alamat majikan", "Employer address"), "text"),
    ("employer_phone", Msg("field.employer_phone", "Telepon majikan", "Employer phone"), "text"),
    ("first_employer", Msg("field.first_employer", "Majikan pertama", "First employer"), "text"),
    ("pptkis", Msg("field.pptkis", "PPTKIS", "Placement agency (PPTKIS)"), "text"),
    ("departure_date", Msg("field.departure_date", "Tanggal berangkat", "Departure date"), "date"),
    ("work_agreement", Msg("field.work_agreement", "Perjanjian kerja", "Work agreement"), "text"),
)
SEX = {"L": Msg("sex.L", "Laki-laki", "Male"), "P": Msg("sex.P", "Perempuan", "Female")}
DOC_STATES = {"ada": Msg("doc.ada", "ada", "present"),
              "tidak_ada": Msg("doc.tidak_ada", "belum ada", "missing"),
              "tidak_berlaku": Msg("doc.tidak_berlaku", "tidak berlaku", "not applicable")}
HEADINGS = {
    "complaint": Msg("heading.complaint", "Pengaduan", "Complaint"),
    "complainant": Msg("heading.complainant", "Pengadu", "Complainant"),
    "worker": Msg("heading.worker", "TKI", "Worker"),
    "description": Msg("heading.description", "Uraian:", "Description:"),
    "documents": Msg("heading.documents", "Dokumen:", "Documents:"),
    "timeline": Msg("heading.timeline", "Linimasa:", "Timeline:"),
}
MSG_DUPLICATE_OF = Msg("event.duplicate_of", "duplikat dari {number}", "duplicate of {number}")
MSG_CHANNEL = Msg("event.channel", "Saluran: {channel}", "Channel: {channel}")
MSG_NEXT_CONTACT = Msg("event.next_contact", "Kontak berikutnya: {date}", "Next contact due: {date}")


class CaseView:
    def __init__(self, reference: Reference, tz: str, lang: str) -> None:
        self.ref, self.tz, self.lang = reference, tz, lang

    def t(self, msg: Msg, **params: object) -> str:
        return msg.text(self.lang, **params)

    def lines(self, detail: CaseDetail) -> list[str]:
        c = detail.case
        out = [f"{c['case_number']} — {self.ref.label('status', c['status'], self.lang)}"]
        out += self._section(self.t(HEADINGS["complaint"]), c, CASE_FIELDS)
        out += self._section(self.t(HEADINGS["complainant"]), detail.complainant, COMPLAINANT_FIELDS)
        out += self._section(self.t(HEADINGS["worker"]), detail.worker, WORKER_FIELDS)
        out += ["", self.t(HEADINGS["description"])]
        out += ["  " + line for line in (c["description"] or EMPTY).splitlines()]
        out += ["", self.t(HEADINGS["documents"])]
        out += [self._document(d) for d in detail.documents]
        out += ["", self.t(HEADINGS["timeline"])]
        for event in detail.events:
            out += self._event(event)
        return out

    def _section(self, title: str, row: dict, fields) -> list[str]:
        out = ["", title + ":"]
        for column, msg, kind in fields:
            label = self.t(msg)
            out.append(f"  {label + ':':<{LABEL_WIDTH}} {self._value(row.get(column, ''), kind)}")
        return out

    def _value(self, value: str, kind: str) -> str:
        if not value:
            return EMPTY
        if kind.startswith("ref:"):
            return self.ref.label(kind[4:], value, self.lang)
        if kind == "datetime":
            return self.when(value)
        if kind == "date":
            return format_date(date.fromisoformat(value), self.lang)
        if kind == "sex":
            return self.t(SEX[value]) if value in SEX else value
        return " ".join(value.split())  # an address typed over several lines stays on one

    def when(self, iso: str) -> str:
        return format_datetime(datetime.fromisoformat(iso), self.tz, self.lang)

    def _document(self, doc: dict) -> str:
        label = self.ref.label("document_type", doc["doc_type"], self.lang)
        state = self.t(DOC_STATES[doc["state"]]) if doc["state"] in DOC_STATES else doc["state"]
        note = f" ({' '.join(doc['note'].split())})" if doc.get("note") else ""
        return f"  {label + ':':<{LABEL_WIDTH + 14}} {state}{note}"

    def _event(self, e: dict) -> list[str]:
        kind = self.ref.label("event_type", e["event_type"], self.lang)
        head = f"  {self.when(e['occurred_at'])}  {kind}  [{e['user']}]"
        details = []
        data = e.get("data") or {}
        if "to" in data:
            change = (f"{self.ref.label('status', data.get('from', ''), self.lang)} → "
                      f"{self.ref.label('status', data['to'], self.lang)}")
            if data.get("outcome"):
                change += f" ({self.ref.label('outcome', data['outcome'], self.lang)})"
            if data.get("duplicate_of"):
                change += ", " + self.t(MSG_DUPLICATE_OF, number=data["duplicate_of"])
            details.append(change)
        if e.get("channel"):
            details.append(self.t(MSG_CHANNEL, channel=self.ref.label("channel", e["channel"],
                                                                   self.lang)))
        if e.get("summary"):
            details += e["summary"].splitlines()
        if e.get("next_contact_due"):
            details.append(self.t(MSG_NEXT_CONTACT, date=format_date(
                date.fromisoformat(e["next_contact_due"]), self.lang)))
        return [head] + ["      " + d for d in details]
