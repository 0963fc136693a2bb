"""One case as text: every field, the document checklist and the timeline, in the user's language.

Codes become the reference labels the office sees on screen; dates and times follow the
office's zone and the Indonesian conventions of desktop.formatting.
"""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain import casework
from desktop.domain.models import CaseDetail
from desktop.domain.reference import Reference
from desktop.formatting import format_date, format_datetime, format_phone, format_phones
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
    ("officer", Msg("field.officer", "Petugas penanganan", "Handling officer"), "text"),
    ("urgent_reason", Msg("field.urgent_reason", "Alasan mendesak", "Why it is urgent"), "text"),
    ("created_by", Msg("field.created_by", "Dicatat oleh", "Recorded by"), "text"),
    ("created_at", Msg("field.created_at", "Dicatat pada", "Recorded at"), "datetime"),
    ("updated_at", Msg("field.updated_at", "Terakhir diubah", "Last changed"), "datetime"),
)
COMPLAINANT_FIELDS = (
    ("name", Msg("field.name", "Nama", "Name"), "text"),
    ("relation", Msg("field.relation", "Hubungan dengan TKI", "Relation to the worker"), "ref:relation"),
    ("nik", Msg("field.nik", "NIK", "NIK"), "text"),
    ("phones", Msg("field.phones", "Telepon", "Phone numbers"), "phones"),
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
    ("phone", Msg("field.phone", "Telepon", "Phone"), "phone"),
    ("address", Msg("field.address", "Alamat", "Address"), "text"),
    ("province", Msg("field.province", "Provinsi", "Province"), "text"),
    ("regency", Msg("field.regency", "Kabupaten/kota", "Regency/city"), "text"),
    ("destination_country", Msg("field.destination_country", "Negara tujuan", "Destination country"), "ref:country"),
    ("destination_city", Msg("field.destination_city", "Kota tujuan", "Destination city"), "text"),
    ("job", Msg("field.job", "Pekerjaan", "Job"), "ref:job"),
    ("employer_name", Msg("field.employer_name", "Nama majikan", "Employer"), "text"),
    ("employer_address", Msg("field.employer_address", "Alamat majikan", "Employer address"), "text"),
    ("employer_phone", Msg("field.employer_phone", "Telepon majikan", "Employer phone"), "phone"),
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
    "referrals": Msg("heading.referrals", "Rujukan:", "Referrals:"),
    "summons": Msg("heading.summons", "Panggilan PPTKIS:", "PPTKIS summons:"),
}
MSG_URGENT = Msg("case.urgent", "MENDESAK", "URGENT")
MSG_UNASSIGNED = Msg("case.unassigned", "belum ada petugas", "no handling officer yet")
MSG_RESTRICTED = Msg("case.restricted", "DIBATASI oleh {who} sejak {when}: {reason}",
                     "RESTRICTED by {who} since {when}: {reason}")
MSG_CLOCK = Msg("case.clock", "Tenggat: hari ke-{day} dari {target} (hari kerja), jatuh pada {due}",
                "Deadline: day {day} of {target} (working days), due {due}")
MSG_CLOCK_PAUSED = Msg("case.clock_paused", "dijeda {days} hari kerja (menunggu dokumen)",
                       "paused for {days} working days (waiting for documents)")
MSG_CLOCK_PAST = Msg("case.clock_past", "LEWAT TENGGAT {days} hari kerja",
                     "PAST THE DEADLINE by {days} working days")
MSG_VERIFY = Msg("case.verify", "Verifikasi paling lambat {due}", "Verify by {due}")
MSG_VERIFY_LATE = Msg("case.verify_late", "VERIFIKASI TERLAMBAT sejak {due}",
                      "VERIFICATION OVERDUE since {due}")
MSG_CLOCK_STOPPED = Msg("case.clock_stopped", "Selesai pada hari ke-{day} dari {target}",
                        "Closed on day {day} of {target}")
MSG_PROPOSAL = Msg("case.proposal", "Menunggu persetujuan: {status} ({outcome}), diusulkan oleh {who}",
                   "Awaiting approval: {status} ({outcome}), proposed by {who}")
MSG_REFERRAL = Msg("case.referral", "{sent}  {addressee} ({method}) — {state}, jawaban paling lambat {due}",
                   "{sent}  {addressee} ({method}) — {state}, reply due {due}")
MSG_REPLY = Msg("case.reply", "Jawaban {date}: {summary}", "Reply {date}: {summary}")
REFERRAL_STATES = {
    casework.SENT: Msg("referral.sent", "menunggu jawaban", "waiting for a reply"),
    casework.ANSWERED: Msg("referral.answered", "dijawab", "answered"),
    casework.OVERDUE: Msg("referral.overdue", "TERLAMBAT", "OVERDUE"),
    casework.WITHDRAWN: Msg("referral.withdrawn", "ditarik", "withdrawn")}
MSG_SUMMONS = Msg("case.summons", "{meeting}  {agency} di {place} — {attendance}",
                  "{meeting}  {agency} at {place} — {attendance}")
MSG_NOT_YET = Msg("summons.not_yet", "belum dicatat", "not recorded yet")
MSG_DUPLICATE_OF = Msg("event.duplicate_of", "duplikat dari {number}", "duplicate of {number}")
MSG_CHANNEL = Msg("event.channel", "Saluran: {channel}", "Channel: {channel}")
MSG_NEXT_CONTACT = Msg("event.next_contact", "Kontak berikutnya: {date}", "Next contact due: {date}")


class CaseView:
    def __init__(self, reference: Reference, tz: str, lang: str,
                 today: date | None = None) -> None:
        self.ref, self.tz, self.lang, self.today = reference, tz, lang, today

    def t(self, msg: Msg, **params: object) -> str:
        return msg.text(self.lang, **params)

    def lines(self, detail: CaseDetail, referrals: list[dict] = (),
              summons: list[dict] = (), urgent: bool = False) -> list[str]:
        c = detail.case
        head = f"{c['case_number']} — {self.ref.label('status', c['status'], self.lang)}"
        out = [f"{head} — {self.t(MSG_URGENT)}" if urgent else head]
        out += self._handling(detail)
        out += self._section(self.t(HEADINGS["complaint"]), c, CASE_FIELDS)
        out += self._section(self.t(HEADINGS["complainant"]), detail.complainant, COMPLAINANT_FIELDS)
        out += self._section(self.t(HEADINGS["worker"]), detail.worker, WORKER_FIELDS)
        out += ["", self.t(HEADINGS["description"])]
        out += ["  " + line for line in (c["description"] or EMPTY).splitlines()]
        out += ["", self.t(HEADINGS["documents"])]
        out += [self._document(d) for d in detail.documents]
        if referrals:
            out += ["", self.t(HEADINGS["referrals"])] + [
                line for r in referrals for line in self._referral(r)]
        if summons:
            out += ["", self.t(HEADINGS["summons"])] + [self._summons(s) for s in summons]
        out += ["", self.t(HEADINGS["timeline"])]
        for event in detail.events:
            out += self._event(event)
        return out

    def _handling(self, detail: CaseDetail) -> list[str]:
        """Who handles it, where its deadline stands, a closure waiting for approval."""
        c, clock = detail.case, detail.deadline
        out = [] if c.get("officer") else [f"  ({self.t(MSG_UNASSIGNED)})"]
        if c.get("restricted_at"):  # only a supervisor gets this far (issue 14 §1.2)
            out.append(self.t(MSG_RESTRICTED, who=c.get("restricted_by", ""),
                              when=self.when(c["restricted_at"]),
                              reason=c.get("restriction_reason", "")))
        if clock is not None and clock.stopped:
            out.append(self.t(MSG_CLOCK_STOPPED, day=clock.day, target=clock.target))
        elif clock is not None:
            line = self.t(MSG_CLOCK, day=clock.day, target=clock.target,
                          due=format_date(clock.due, self.lang))
            if clock.past:
                line += " — " + self.t(MSG_CLOCK_PAST, days=clock.day - clock.target)
            if clock.paused_days:
                line += "; " + self.t(MSG_CLOCK_PAUSED, days=clock.paused_days)
            out.append(line)
            if clock.verify_due is not None:
                late = self.today is not None and self.today > clock.verify_due
                out.append(self.t(MSG_VERIFY_LATE if late else MSG_VERIFY,
                                  due=format_date(clock.verify_due, self.lang)))
        if c.get("proposed_status"):
            out.append(self.t(MSG_PROPOSAL, who=c.get("proposed_by", ""),
                              status=self.ref.label("status", c["proposed_status"], self.lang),
                              outcome=self.ref.label("outcome", c.get("proposed_outcome", ""),
                                                     self.lang)))
        return out

    def _referral(self, r: dict) -> list[str]:
        state = REFERRAL_STATES.get(r.get("state", ""))
        out = ["  " + self.t(MSG_REFERRAL, sent=self._value(r["sent_on"], "date"),
                             addressee=r["addressee"],
                             method=self.ref.label("referral_method", r["method"], self.lang),
                             state=self.t(state) if state else r.get("state", ""),
                             due=self._value(r["reply_due"], "date"))]
        if r.get("reply_on"):
            out.append("      " + self.t(MSG_REPLY, date=self._value(r["reply_on"], "date"),
                                         summary=" ".join(r["reply_summary"].split())))
        return out

    def _summons(self, s: dict) -> str:
        attendance = (self.ref.label("attendance", s["attendance"], self.lang)
                      if s.get("attendance") else self.t(MSG_NOT_YET))
        if s.get("result"):
            attendance += f": {' '.join(s['result'].split())}"
        return "  " + self.t(MSG_SUMMONS, meeting=self._value(s["meeting_at"], "datetime"),
                             agency=s["agency"], place=" ".join(s["place"].split()),
                             attendance=attendance)

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
        if kind == "phone":
            return format_phone(value)
        if kind == "phones":
            return format_phones(value)
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
