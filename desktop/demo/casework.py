"""The office's case work in the demo: who handles each case, referrals, PPTKIS summons,
urgency flags, family contacts and closure proposals.

The generator's Planner draws a case's intake and its base timeline (statuses, steps,
documents); `CaseworkPlanner.add` then weaves the case work into that timeline, as an office
works (DESIGN.md §2):

- the supervisor assigns most cases soon after intake (an officer sometimes takes one);
  open cases are mostly assigned, fresh ones often not yet; closed ones keep their officer;
- every move to `dirujuk` follows a referral to a partner that fits the category (the
  mission of the destination country, the insurer for a claim, the police for fraud and
  trafficking, ...); it is answered (the case then often goes back to `proses`) or, rarely,
  withdrawn before the case moves on; a case still referred waits for a reply, which is
  overdue when its due date has passed, or was answered and followed up;
- an agency the category points at (or whose worker has no KTKLN) is summoned, attends or
  stays away, and is summoned again after staying away;
- family contacts say whom they reached or why they failed; some open cases are due for a
  contact today, some overdue, and one has lost contact (three failures in a row);
- officers propose closures and the supervisor approves them; some wait for approval, one
  was returned with a note.

A few things a demo office must show are planned at least once when the run has a case that
fits (`_Quota`, for runs of QUOTA_FROM cases or more): an agency flagged for staying away
twice, an open case flagged urgent by a person, a referral still in time, a lost contact, a
contact due today, a proposal waiting and one returned. Everything is drawn from the
planner's random streams, so a seed gives the same case work on both writers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from desktop.demo import casework_text as T
from desktop.demo.plan import (
    APPROVE,
    ASSIGN,
    PROPOSE,
    REFER,
    REPLY,
    RETURN,
    SUMMON,
    SUMMONS_OUTCOME,
    TAKE,
    URGENT,
    WITHDRAW,
    CasePlan,
    OfficeSetup,
    Partner,
    Step,
)
from desktop.domain import casework as cw
from desktop.domain import data_protection as pdp
from desktop.domain import status as st
from desktop.domain.deadlines import add_working_days, is_working_day
from desktop.domain.models import DOC_MISSING

if TYPE_CHECKING:
    from desktop.demo.generator import Planner

FAMILY_CONTACT = "kontak_keluarga"
CONTACT_RESULTS = {"tersambung": 78, "tidak_diangkat": 12, "pesan_ditinggalkan": 6,
                   "salah_nomor": 4}
REFERRAL_METHODS = {"surat": 55, "email": 35, "langsung": 6, "telepon": 4}
WRITTEN_CONSENT_EVERY = 4  # of the referrals resting on consent, one in so many is written
UNASSIGNED_SHARE = {st.BARU: 0.7, st.VALIDASI: 0.25}  # of open cases in that status
UNASSIGNED_OTHERWISE = 0.05
CLERK_SHARE = 0.85  # complaints the front office records (when it has accounts)
TAKE_SHARE = 0.15  # assignments an officer makes by taking the case
REASSIGN_SHARE = 0.04
CASE_OFFICER_WEIGHT, OTHER_WEIGHT = 10, 2  # supervisors handle a few cases themselves
WITHDRAW_SHARE = 0.08
BACK_TO_PROCESS_SHARE = 0.6
FOLLOW_UP_SHARE = 0.45
SUMMON_SHARE_AGENCY, SUMMON_SHARE_NO_KTKLN = 0.6, 0.06
ATTEND_SHARE, ABSENTEE_ATTEND_SHARE = 0.8, 0.1
URGENT_FLAG_SHARE = 0.05
PROPOSED_CLOSING_SHARE = 0.55  # closings an officer proposed and the supervisor approved
PENDING_PROPOSAL_SHARE = 0.1
RETURNED_SHARE = 0.03
CONTACT_LOST_SHARE = 0.015
CONTACT_TODAY_SHARE = 0.06
AGENCY_ZIPF = 0.8
QUOTA_FROM = 50  # cases in a run that is a demo office

# Whom a category's referral goes to: (stakeholder kind, weight).
ADDRESSEES = {
    "asuransi": [("asuransi", 70), ("perwakilan", 30)],
    "kecelakaan_kerja": [("asuransi", 60), ("perwakilan", 40)],
    "meninggal_dunia": [("perwakilan", 60), ("asuransi", 40)],
    "perdagangan_orang": [("polisi", 55), ("perwakilan", 30), ("unit_pusat", 15)],
    "penipuan_peluang_kerja": [("polisi", 80), ("unit_pusat", 20)],
    "rekrut_ilegal": [("polisi", 60), ("perwakilan", 25), ("unit_pusat", 15)],
    "pemalsuan_dokumen": [("polisi", 70), ("unit_pusat", 30)],
    "gagal_berangkat": [("pemda", 70), ("unit_pusat", 30)],
    "penahanan_dokumen": [("pemda", 80), ("unit_pusat", 20)],
    "biaya_berlebih": [("pemda", 70), ("unit_pusat", 30)],
    "sakit": [("perwakilan", 70), ("rumah_sakit", 30)],
    "penganiayaan": [("perwakilan", 80), ("dinas_sosial", 20)],
    "pelecehan_seksual": [("perwakilan", 80), ("dinas_sosial", 20)],
    "deportasi": [("dinas_sosial", 40), ("perwakilan", 40), ("unit_pusat", 20)],
    "tidak_punya_biaya_pulang": [("dinas_sosial", 40), ("perwakilan", 40), ("unit_pusat", 20)],
}
DEFAULT_ADDRESSEES = [("perwakilan", 85), ("unit_pusat", 15)]
CRISIS_CENTER = "Crisis Center BP2MI"
# The request's wording for a mission, by what the case is about.
MISSION_NEED = {
    "meninggal_dunia": "death", "gaji_tidak_dibayar": "wages",
    "phk_sebelum_kontrak_berakhir": "wages", "kasus_hukum": "legal",
    "perdagangan_orang": "legal", "rekrut_ilegal": "legal", "pelecehan_seksual": "legal",
    "sakit": "health", "penganiayaan": "health", "kecelakaan_kerja": "health",
    "ingin_dipulangkan": "repatriation", "overstay": "repatriation",
    "tidak_dipulangkan": "repatriation", "ditahan_majikan": "repatriation",
    "putus_komunikasi": "repatriation", "tidak_berdokumen": "repatriation",
    "deportasi": "repatriation", "tidak_punya_biaya_pulang": "repatriation",
}
# Cities served by a consulate rather than the embassy, where the name does not say so.
MISSION_CITY = {"Makkah": "Jeddah", "Madinah": "Jeddah", "Taif": "Jeddah", "Abha": "Jeddah",
                "Sandakan": "Kota Kinabalu", "Ipoh": "Penang"}
OFFICE_OPENS, OFFICE_HOURS = time(8, 0), timedelta(hours=8)
# The central directorate of each destination's region (by the words of its name).
REGION = {**dict.fromkeys(("MY", "TW", "HK", "SG", "BN", "KR", "JP"), "Asia dan Afrika"),
          **dict.fromkeys(("SA", "AE", "QA", "KW", "OM", "JO", "PL"), "Eropa dan Timur Tengah")}
MEETING_TIMES = ("09.00", "09.30", "10.00", "13.30")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


class _Quota:
    """Things a demo office shows at least once: the first case that fits gets each. A
    run too small to be an office (a few cases to try something on) is left to chance."""

    NAMES = ("flagged_agency", "urgent_flag", "referral_waiting", "contact_lost",
             "contact_today", "pending_proposal", "returned_proposal")

    def __init__(self, count: int) -> None:
        self._open = set(self.NAMES) if count >= QUOTA_FROM else set()

    def wanted(self, name: str) -> bool:
        return name in self._open

    def met(self, name: str) -> None:
        self._open.discard(name)


@dataclass
class _Case:
    plan: CasePlan
    category: str
    final: str
    documents: dict[str, str]
    steps: list[Step]
    limit: datetime  # nothing is planned at or after this moment (just before "now")
    officer: str = ""  # '' = unassigned
    assigned_at: datetime | None = None
    reassign: tuple[datetime, str] | None = None
    keys: int = 0

    @property
    def is_open(self) -> bool:
        return self.final not in st.CLOSED

    def next_key(self) -> int:
        self.keys += 1
        return self.keys - 1

    def officer_at(self, at: datetime) -> str:
        if self.assigned_at is None or at <= self.assigned_at:
            return ""
        if self.reassign is not None and at > self.reassign[0]:
            return self.reassign[1]
        return self.officer

    def last_at(self) -> datetime:
        return self.steps[-1].at if self.steps else self.plan.recorded_at


class CaseworkPlanner:
    def __init__(self, planner: Planner, setup: OfficeSetup) -> None:
        self.p = planner
        self.ref = planner.ref
        self.setup = setup
        self.caller = setup.caller
        self.quota = _Quota(planner.count)
        self._officers = self._officer_table(setup)
        self._by_kind: dict[str, list[Partner]] = {}
        for partner in setup.partners:
            self._by_kind.setdefault(partner.kind, []).append(partner)
        # Demo agencies only: the demo never summons (or flags) a real company.
        self.agencies = [a for a in self._by_kind.get("pptkis", []) if a.demo]
        self._agency_by_name = {a.name: a for a in self.agencies}
        self.absentee = ""
        if self.agencies:
            ranked = list(self.agencies)
            planner.rng.shuffle(ranked)
            # The second busiest agency is the one that keeps ignoring summonses.
            self.absentee = ranked[min(1, len(ranked) - 1)].id
            planner._table("agency", {a.name: 1 / (i + 1) ** AGENCY_ZIPF
                                      for i, a in enumerate(ranked)})
        self.missed: dict[str, int] = {}
        planner._table("contact_result", CONTACT_RESULTS)
        planner._table("referral_method", REFERRAL_METHODS)
        office = planner.office_code
        self._letter_office = "CC-BP2MI" if office == "PST" else f"BP3TKI-{office}"
        self._place = f"Ruang Klarifikasi {setup.office_name or 'kantor'}"
        self.today = planner.now.astimezone(planner.zone).date()

    def _officer_table(self, setup: OfficeSetup) -> list[tuple[str, str, float]]:
        has_officers = any(o.role == "case_officer" for o in setup.officers)
        table = []
        for o in setup.officers:
            weight = CASE_OFFICER_WEIGHT if o.role == "case_officer" else (
                OTHER_WEIGHT if has_officers else 1)
            table.append((o.username, o.role, weight))
        if table:
            self.p._table("officer", {u: w for u, _r, w in table})
        return table

    def recorder(self) -> str:
        """Who records the complaint: mostly the front office, when the office has one."""
        clerks = self.setup.clerks
        if clerks and self.p.chance(CLERK_SHARE):
            return self.p.choice(clerks)
        return ""

    # -- the worker's agency (drawn with the person) -----------------------------------------
    def agency_name(self, category: str) -> str:
        if (self.quota.wanted("flagged_agency")
                and self.ref.extra("category", category).get("summon_agency")):
            return next(a.name for a in self.agencies if a.id == self.absentee)
        return self.p.pick("agency")

    # -- one case ----------------------------------------------------------------------------
    def add(self, plan: CasePlan, category: str, final: str, documents: dict[str, str]) -> None:
        c = _Case(plan, category, final, documents, list(plan.steps),
                  self.p.now - timedelta(seconds=30))
        self._assignment(c)
        self._contacts(c)
        phases = [self._referrals, self._summonses, self._urgent, self._closing]
        if c.is_open:
            phases += [self._lost_contact_or_contact_today, self._returned_proposal,
                       self._pending_proposal]
        for phase in phases:
            phase(c)
            # Each phase reads the timeline in order; sorting is stable, so steps planned
            # at the same moment keep the order they were planned in.
            c.steps.sort(key=lambda s: s.at)
        self._assignment_steps(c)
        self._actors(c)
        plan.steps = c.steps

    # -- who handles it ---------------------------------------------------------------------
    def _assignment(self, c: _Case) -> None:
        p = self.p
        if not self._officers:
            return
        if c.is_open and p.chance(UNASSIGNED_SHARE.get(c.final, UNASSIGNED_OTHERWISE)):
            return
        start = c.plan.recorded_at
        first = next((s for s in c.steps if s.kind == "status"), None)
        end = min(first.at if first is not None else c.limit,
                  start + timedelta(days=2), c.limit)
        if end <= start:
            return  # recorded moments ago: nobody has assigned it yet
        at = self._moment(start, end, 0.05, 0.6)
        if at >= c.limit:
            return  # recorded moments ago: nobody has assigned it yet
        c.officer, c.assigned_at = p.pick("officer"), at
        end = c.last_at()
        if len(self._officers) > 1 and p.chance(REASSIGN_SHARE) and end - at > timedelta(days=4):
            other = p.choice([u for u, _r, _w in self._officers if u != c.officer])
            c.reassign = (self._moment(at, end, 0.3, 0.7), other)

    def _assignment_steps(self, c: _Case) -> None:
        p = self.p
        if c.assigned_at is None:
            return
        role = next(r for u, r, _w in self._officers if u == c.officer)
        if role == "case_officer" and p.chance(TAKE_SHARE):
            step = Step(c.assigned_at, TAKE, actor=c.officer, data=c.officer)
        else:
            step = Step(c.assigned_at, ASSIGN, data=c.officer)
        added = [step]
        if c.reassign is not None:
            added.append(Step(c.reassign[0], ASSIGN, summary=p.choice(T.REASSIGN_NOTES),
                              data=c.reassign[1]))
        c.steps = sorted(c.steps + added, key=lambda s: s.at)

    def _actors(self, c: _Case) -> None:
        """Who does each step: the case's officer at the time, else the generator's own
        session; closing directly, reopening, approving and returning are the
        supervisor's (the generator's session)."""
        for s in c.steps:
            if s.kind in (ASSIGN, APPROVE, RETURN, TAKE):
                continue
            if s.kind == "status" and (s.code in st.CLOSED or s.code == st.PROSES and _reopens(c, s)):
                continue
            officer = c.officer_at(s.at)
            s.actor = "" if officer == self.caller else officer

    # -- family contacts ---------------------------------------------------------------------
    def _contacts(self, c: _Case) -> None:
        for s in c.steps:
            if s.kind == "event" and s.code == FAMILY_CONTACT:
                self._contact(c, s, self.p.pick("contact_result"))

    def _contact(self, c: _Case, s: Step, result: str) -> None:
        p = self.p
        if s.channel == "datang_langsung":
            result = "tersambung"  # whoever came in was reached
        failed = result != "tersambung"
        if failed and (result != "pesan_ditinggalkan"
                       or s.channel not in ("telepon", "sms", "media_sosial")):
            s.channel = "telepon"  # a call that was not answered, or a wrong number
        worker, complainant = c.plan.intake.worker, c.plan.intake.complainant
        person = complainant.name or worker.name
        s.result = result
        s.spoke_with = "" if failed else person
        texts = T.CONTACT_TEXT["walk_in" if s.channel == "datang_langsung" else result]
        if not worker.destination_city:  # not abroad (yet): no mission to wait for
            texts = [t for t in texts if "{mission}" not in t]
        s.summary = self._text(p.choice(texts), c, person=person or "Keluarga")
        day = s.at.astimezone(p.zone).date()
        if failed:
            s.due = day + timedelta(days=1 + int(p.rng.random() * 3))
        else:
            s.due = day + timedelta(days=3 + int(p.rng.random() * 19)) if p.chance(0.75) else None

    # -- referrals ---------------------------------------------------------------------------
    def _referrals(self, c: _Case) -> None:
        p = self.p
        statuses = [s for s in c.steps if s.kind == "status"]
        for n, s in enumerate(statuses):
            if s.code != st.DIRUJUK:
                continue
            i = c.steps.index(s)
            prev = c.steps[i - 1].at if i else c.plan.recorded_at
            at = s.at - min(timedelta(minutes=5 + p.rng.random() * 55), (s.at - prev) / 2)
            key, partner, kind, sent, due = self._refer(c, at, "")
            following = statuses[n + 1] if n + 1 < len(statuses) else None
            if following is not None:
                self._settle(c, key, kind, partner, s.at, following, sent)
            else:
                self._still_referred(c, key, kind, partner, s.at, sent, due)

    def _refer(self, c: _Case, at: datetime, request: str, partner: Partner | None = None,
               kind: str = "") -> tuple[int, Partner, str, date, date]:
        p = self.p
        if partner is None:
            partner, kind = self._addressee(c)
        sent = at.astimezone(p.zone).date()
        method = p.pick("referral_method")
        letter = "" if method == "telepon" else self._letter_no(sent)
        if not request:
            group = MISSION_NEED.get(c.category, "other")
            options = (T.REFERRAL_REQUEST["perwakilan"][group] if kind == "perwakilan"
                       else T.REFERRAL_REQUEST[kind])
            request = self._text(p.choice(options), c, addressee=partner.name)
        key = c.next_key()
        inp = cw.ReferralInput(stakeholder_id=partner.id, addressee=partner.name, kind=kind,
                               method=method, letter_no=letter, sent_on=sent.isoformat(),
                               request=request, **self._basis(c, key, sent))
        c.steps.append(Step(at, REFER, key=key, data=inp))
        return key, partner, kind, sent, add_working_days(sent, cw.reply_days(self.ref, kind))

    @staticmethod
    def _basis(c: _Case, key: int, sent: date) -> dict[str, str]:
        """What sharing rests on: vital interest for death, trafficking and detention;
        otherwise the complainant's consent on the day it went out, now and then written.
        Chosen without the planner's random numbers, so the rest of the plan is unchanged."""
        if c.category in pdp.VITAL_CATEGORIES:
            return {"legal_basis": pdp.VITAL_INTEREST}
        if (c.plan.index + key) % WRITTEN_CONSENT_EVERY == 0:
            return {"legal_basis": pdp.CONSENT_WRITTEN, "consent_on": sent.isoformat(),
                    "basis_note": T.CONSENT_WRITTEN_NOTE}
        return {"legal_basis": pdp.CONSENT_ORAL, "consent_on": sent.isoformat()}

    def _settle(self, c: _Case, key: int, kind: str, partner: Partner, referred: datetime,
                following: Step, sent: date) -> None:
        """The referral is answered (or withdrawn) before the case moves on."""
        p = self.p
        at = self._moment(referred, following.at, 0.3, 0.85)
        if p.chance(WITHDRAW_SHARE):
            c.steps.append(Step(at, WITHDRAW, summary=p.choice(T.WITHDRAW_NOTES), key=key))
        else:
            c.steps.append(self._reply(c, at, key, kind, partner, sent))
        if following.code in st.CLOSED and p.chance(BACK_TO_PROCESS_SHARE):
            back = self._moment(at, following.at, 0.2, 0.6)
            c.steps.append(Step(back, "status", st.PROSES, summary=T.BACK_TO_PROCESS))

    def _reply(self, c: _Case, at: datetime, key: int, kind: str, partner: Partner,
               sent: date) -> Step:
        p = self.p
        day = max(at.astimezone(p.zone).date(), sent)
        options = T.REFERRAL_REPLY[kind]
        if isinstance(options, dict):  # a mission answers about what it was asked
            options = options[MISSION_NEED.get(c.category, "other")]
        summary = self._text(p.choice(options), c, addressee=partner.name)
        return Step(at, REPLY, key=key, data=cw.ReplyInput(day.isoformat(), summary))

    def _still_referred(self, c: _Case, key: int, kind: str, partner: Partner,
                        referred: datetime, sent: date, due: date) -> None:
        """The case is still referred: its referral waits (overdue once due), or was
        answered and followed up with another that waits."""
        p = self.p
        waiting_wanted = self.quota.wanted("referral_waiting")
        if due >= self.today:
            self.quota.met("referral_waiting")
            return
        if not (p.chance(FOLLOW_UP_SHARE) or waiting_wanted):
            return
        span = c.limit - referred
        if span < timedelta(days=3):
            return
        if waiting_wanted:  # answered, and followed up these last few days
            follow = max(c.limit - timedelta(days=1 + p.rng.random() * 4), referred + span / 2)
            answered = self._moment(referred, follow, 0.3, 0.9)
        else:
            answered = self._moment(referred, c.limit, 0.2, 0.7)
            follow = self._moment(answered, c.limit, 0.05, 0.6)
        c.steps.append(self._reply(c, answered, key, kind, partner, sent))
        request = self._text(T.FOLLOW_UP_REQUEST, c, addressee=partner.name,
                             sent=answered.astimezone(p.zone).date().strftime("%d-%m-%Y"))
        *_rest, due2 = self._refer(c, follow, request, partner, kind)
        if due2 >= self.today:
            self.quota.met("referral_waiting")

    def _addressee(self, c: _Case) -> tuple[Partner, str]:
        p = self.p
        worker = c.plan.intake.worker
        options = ADDRESSEES.get(c.category, DEFAULT_ADDRESSEES)
        kinds = [(k, w) for k, w in options if self._partners_for(k, worker)]
        if not kinds:
            kinds = [("unit_pusat", 1)]
        total = sum(w for _k, w in kinds)
        x, kind = p.rng.random() * total, kinds[-1][0]
        for k, w in kinds:
            x -= w
            if x < 0:
                kind = k
                break
        partners = self._partners_for(kind, worker) or self._by_kind.get("unit_pusat", [])
        if not partners:  # a directory without central units: a name typed for a one-off
            return Partner("", "unit_pusat", CRISIS_CENTER), "unit_pusat"
        if kind == "perwakilan":
            return _mission(partners, worker.destination_city), kind
        if kind == "unit_pusat":
            return _central_unit(partners, worker.destination_country, p.chance(0.8)), kind
        return p.choice(partners), kind

    def _partners_for(self, kind: str, worker) -> list[Partner]:
        found = self._by_kind.get(kind, [])
        if kind == "perwakilan":
            return [x for x in found if x.country == worker.destination_country]
        return found

    def _letter_no(self, day: date) -> str:
        """An outgoing letter's number: the office numbers all its letters in one series a
        year, a few a working day."""
        n = 1 + int((day.timetuple().tm_yday - 1) * 4.2 + self.p.rng.random() * 4)
        return f"B.{n}/{self._letter_office}/{ROMAN[day.month - 1]}/{day.year}"

    # -- PPTKIS summons ----------------------------------------------------------------------
    def _summonses(self, c: _Case) -> None:
        p = self.p
        agency = self._agency_by_name.get(c.plan.intake.worker.pptkis)
        if agency is None:
            return
        absentee_wanted = agency.id == self.absentee and self.quota.wanted("flagged_agency")
        share = (SUMMON_SHARE_AGENCY if self.ref.extra("category", c.category).get("summon_agency")
                 else SUMMON_SHARE_NO_KTKLN if c.documents.get("ktkln") == DOC_MISSING else 0.0)
        if not (absentee_wanted or p.chance(share)):
            return
        statuses = [s for s in c.steps if s.kind == "status"]
        start = statuses[0].at if statuses else c.plan.recorded_at + timedelta(hours=2)
        # Before the case is first closed (a reopened case was closed for a while).
        closing = next((s for s in statuses if s.code in st.CLOSED), None)
        end = closing.at if closing is not None else c.limit
        if end - start < timedelta(days=2):
            return
        if self._summon(c, agency, self._moment(start, end, 0.05, 0.4), closing,
                        end, absentee_wanted):
            # The summons records say what happened; free notes that might say otherwise go.
            c.steps = [s for s in c.steps
                       if not (s.kind == "event" and s.code == "klarifikasi_pptkis")]

    def _summon(self, c: _Case, agency: Partner, at: datetime, closing: Step | None,
                end: datetime, absentee_wanted: bool) -> bool:
        """Summon the agency (again after it stayed away, once); whether any was sent."""
        p = self.p
        sent = False
        for _attempt in range(2):
            meeting = self._meeting(at)
            if closing is not None and meeting >= closing.at - timedelta(days=1):
                break  # no summons the case would close before it is held
            key = c.next_key()
            local = meeting.astimezone(p.zone)
            c.steps.append(Step(at, SUMMON, key=key, data=cw.SummonsInput(
                stakeholder_id=agency.id, agency=agency.name,
                letter_no=self._letter_no(at.astimezone(p.zone).date()),
                meeting_on=local.date().isoformat(), meeting_time=local.strftime("%H.%M"),
                place=self._place)))
            sent = True
            outcome_at = meeting + timedelta(hours=1 + p.rng.random() * 3)
            if outcome_at >= end:
                break  # still to be held
            attend = ABSENTEE_ATTEND_SHARE if agency.id == self.absentee else (
                ATTEND_SHARE + 0.1 * _attempt)  # a second letter is heeded more often
            attended = p.chance(attend) and not absentee_wanted
            result = self._text(p.choice(T.SUMMONS_ATTENDED if attended else T.SUMMONS_MISSED), c)
            c.steps.append(Step(outcome_at, SUMMONS_OUTCOME, key=key, data=cw.SummonsOutcomeInput(
                cw.ATTENDED if attended else cw.MISSED, result)))
            if attended:
                break
            self.missed[agency.id] = self.missed.get(agency.id, 0) + 1
            if self.missed.get(self.absentee, 0) >= cw.policy(self.ref, "panggilan_mangkir", 2):
                self.quota.met("flagged_agency")
            if end - outcome_at < timedelta(days=2):
                break
            at = self._moment(outcome_at, outcome_at + timedelta(days=3), 0.3, 0.7)  # again
            if at >= end:
                break
        return sent

    def _meeting(self, summoned: datetime) -> datetime:
        p = self.p
        day = add_working_days(summoned.astimezone(p.zone).date(), 3 + int(p.rng.random() * 5))
        hour, minute = (int(x) for x in p.choice(MEETING_TIMES).split("."))
        return datetime.combine(day, time(hour, minute), tzinfo=p.zone).astimezone(UTC)

    # -- urgency -----------------------------------------------------------------------------
    def _urgent(self, c: _Case) -> None:
        p = self.p
        if self.ref.extra("category", c.category).get("urgent"):
            return  # urgent by its category already
        wanted = c.is_open and self.quota.wanted("urgent_flag")
        if not (wanted or p.chance(URGENT_FLAG_SHARE)):
            return
        first = c.steps[0].at if c.steps else c.limit
        soon = c.plan.recorded_at + timedelta(days=3)
        at = self._moment(c.plan.recorded_at, min(first, c.limit, soon), 0.2, 0.9)
        c.steps.append(Step(at, URGENT, summary=p.choice(T.URGENT_REASONS)))
        if c.is_open:
            self.quota.met("urgent_flag")

    # -- closing: an officer's proposal, the supervisor's approval ---------------------------
    def _closing(self, c: _Case) -> None:
        p = self.p
        if c.is_open or not c.steps:
            return
        close = c.steps[-1]
        if close.kind != "status" or close.code not in st.CLOSED or close.duplicate_of is not None:
            return
        prev = c.steps[-2].at if len(c.steps) > 1 else c.plan.recorded_at
        at = self._moment(prev, close.at, 0.3, 0.9)
        officer = c.officer_at(at)
        if not officer or officer == self.caller or not p.chance(PROPOSED_CLOSING_SHARE):
            return
        c.steps.insert(len(c.steps) - 1,
                       Step(at, PROPOSE, data=self._proposal(close.code, close.outcome)))
        close.kind = APPROVE

    def _proposal(self, status: str, outcome: str) -> cw.ProposalInput:
        return cw.ProposalInput(status=status, outcome=outcome,
                                summary=T.PROPOSAL_SUMMARY.get(outcome, T.PROPOSAL_SUMMARY[
                                    "informasi_diberikan"]))

    # -- what an open case shows today --------------------------------------------------------
    def _lost_contact_or_contact_today(self, c: _Case) -> None:
        p = self.p
        if self.quota.wanted("contact_lost") or p.chance(CONTACT_LOST_SHARE):
            self._lost_contact(c)
        elif self.quota.wanted("contact_today") or p.chance(CONTACT_TODAY_SHARE):
            self._contact_today(c)

    def _lost_contact(self, c: _Case) -> None:
        """Three calls in a row that did not get through, the last few days."""
        p = self.p
        start = max(c.last_at(), c.limit - timedelta(days=12))
        if c.limit - start < timedelta(hours=3):
            return
        for i in range(3):
            at = self._moment(start, c.limit, (i + 0.2) / 3, (i + 0.8) / 3)
            step = Step(at, "event", FAMILY_CONTACT, channel="telepon")
            self._contact(c, step, p.choice(["tidak_diangkat", "salah_nomor",
                                             "pesan_ditinggalkan"]))
            c.steps.append(step)
        self.quota.met("contact_lost")

    def _contact_today(self, c: _Case) -> None:
        """The last family contact promised the next one for today."""
        p = self.p
        contacts = [s for s in c.steps if s.kind == "event" and s.code == FAMILY_CONTACT]
        if not contacts or contacts[-1].at.astimezone(p.zone).date() >= self.today:
            start = max(c.last_at(), c.limit - timedelta(days=10))
            if c.limit - start < timedelta(hours=1):
                return
            step = Step(self._moment(start, c.limit, 0.1, 0.5), "event",
                        FAMILY_CONTACT, channel="telepon")
            self._contact(c, step, "tersambung")
            if step.at.astimezone(p.zone).date() >= self.today:
                return
            c.steps.append(step)
            contacts.append(step)
        contacts[-1].due = self.today
        self.quota.met("contact_today")

    def _returned_proposal(self, c: _Case) -> None:
        """Proposed while being handled, and sent back by the supervisor with a note."""
        p = self.p
        if c.final not in (st.PROSES, st.DIRUJUK) or not (
                self.quota.wanted("returned_proposal") or p.chance(RETURNED_SHARE)):
            return
        handled = [s for s in c.steps if s.kind == "status" and s.code == st.PROSES]
        if not handled:
            return
        after = handled[0].at
        points = [after] + [s.at for s in c.steps if s.at > after] + [c.limit]
        gaps = [(a, b) for a, b in zip(points, points[1:], strict=False)
                if b - a >= timedelta(days=2)]
        if not gaps:
            return
        a, b = p.choice(gaps)
        at = self._moment(a, b, 0.1, 0.4)
        if not c.officer_at(at) or c.officer_at(at) == self.caller:
            return
        outcome = p._resolved_outcome(c.category)
        back = self._moment(at, b, 0.3, 0.8)
        c.steps += [Step(at, PROPOSE, data=self._proposal(st.SELESAI, outcome)),
                    Step(back, RETURN, summary=self._return_note(c, at, outcome))]
        self.quota.met("returned_proposal")

    def _pending_proposal(self, c: _Case) -> None:
        """The officer proposed to resolve it these last days; the supervisor has yet to
        look. Last of all: anything written after it would make it stale."""
        p = self.p
        if c.final != st.PROSES or not (
                self.quota.wanted("pending_proposal") or p.chance(PENDING_PROPOSAL_SHARE)):
            return
        start = max(c.last_at(), c.limit - timedelta(days=0.3 + p.rng.random() * 6))
        at = self._moment(start, c.limit, 0.05, 0.5)
        officer = c.officer_at(at)
        if at >= c.limit or not officer or officer == self.caller:
            return
        c.steps.append(Step(at, PROPOSE, data=self._proposal(
            st.SELESAI, p._resolved_outcome(c.category))))
        self.quota.met("pending_proposal")

    def _return_note(self, c: _Case, at: datetime, outcome: str) -> str:
        settled = {s.key for s in c.steps if s.kind in (REPLY, WITHDRAW) and s.at < at}
        waiting = [s for s in c.steps if s.kind == REFER and s.at < at and s.key not in settled]
        if waiting:
            return T.RETURN_NOTE_REFERRED.replace("{addressee}", waiting[-1].data.addressee)
        return T.RETURN_NOTES.get(outcome, T.RETURN_NOTE)

    # -- time --------------------------------------------------------------------------------
    def _moment(self, a: datetime, b: datetime, lo: float, hi: float) -> datetime:
        """A moment between a and b (a fraction lo..hi of the way), moved into office hours
        (a working day, 08.00-16.00) when some fall between a and b: people act at work."""
        p = self.p
        t = _between(a, b, lo, hi, p.rng.random())
        r = 0.05 + 0.9 * p.rng.random()
        local = t.astimezone(p.zone)
        if is_working_day(local.date()) and OFFICE_OPENS.hour <= local.hour < 16:
            return t
        for delta in (0, 1, -1, 2, -2, 3, -3):
            day = local.date() + timedelta(days=delta)
            if not is_working_day(day):
                continue
            opens = datetime.combine(day, OFFICE_OPENS, tzinfo=p.zone)
            first, last = max(opens, a), min(opens + OFFICE_HOURS, b)
            if first < last:
                return (first + (last - first) * r).astimezone(UTC)
        return t

    # -- text --------------------------------------------------------------------------------
    def _text(self, template: str, c: _Case, **extra: str) -> str:
        for name, value in extra.items():
            template = template.replace("{" + name + "}", value)
        return self.p._fill(template, c.plan.intake.worker)


def _between(a: datetime, b: datetime, lo: float, hi: float, r: float) -> datetime:
    """A moment between a and b, at a fraction from lo to hi of the way (r in [0, 1))."""
    return a + (b - a) * (lo + (hi - lo) * r)


def _reopens(c: _Case, s: Step) -> bool:
    """Whether this status step reopens a closed case."""
    before = st.BARU
    for x in c.steps:
        if x is s:
            return before in st.CLOSED
        if x.kind in ("status", APPROVE):
            before = x.code
    return False


def _central_unit(units: list[Partner], country: str, crisis_centre: bool) -> Partner:
    """The Crisis Center takes most cases; otherwise the directorate of the country's
    region."""
    centre = [u for u in units if "Crisis" in u.name]
    if centre and crisis_centre:
        return centre[0]
    region = REGION.get(country, "")
    regional = [u for u in units if region and region in u.name]
    return (regional or centre or units)[0]


def _mission(missions: list[Partner], city: str) -> Partner:
    """The mission that serves the worker's city: a consulate named after it (or known to
    serve it), else the embassy."""
    city = MISSION_CITY.get(city, city)
    for m in missions:
        if city and city in m.name:
            return m
    embassy = [m for m in missions if m.name.startswith("KBRI")]
    return (embassy or missions)[0]

