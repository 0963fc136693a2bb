"""Stateful property test of sync: four PCs in three offices and the central server.

Two PCs of SBY, one of SMG and the national office's PC (PST, which sees every case and
creates, assigns and transfers cases through the central API) record intakes, timeline
events, status changes, corrections, document states and attachments offline, do the
office's case work (assign an officer, flag a case urgent, propose a closure, refer a case
and record the answer, summon an agency and record the meeting, add and edit the
directory's local partners, and PST adopting one as a central entry), resolve conflicts,
and sync: cleanly, in batches of a few changes (so a PC's push spans rounds,
and a case may move before its last round), or through the fault proxy with a fault
injected (request dropped before the server commits, answer lost after it commits,
connection cut or reset mid-request or mid-answer, in any round of the run), while the
server is sometimes restarted on the same database.

After every step: no PC's cursor moved backwards; every change a PC marked pushed is on the
server (a fault never makes a PC believe a change arrived); a clean sync never needs the
checksum's re-download. At the end every PC syncs twice without faults, then: each PC's
state is exactly the server's state of its scope (the checksums agree), every change any PC
ever recorded is on the server exactly once (nothing lost, nothing applied twice; the one
exception: a change recorded after an answer carrying its case's move was lost is refused
as out of scope, since the server cannot tell a lost answer from a received one), no event
was applied twice, every PC's own consistency check passes, every attachment's content
can be fetched on every PC that holds the attachment, unchanged, and the deadline clock
every PC derived for a case is the same. (The other refusal the end allows: an edit of a
local partner its office made before it learnt central had adopted the entry.)

Speed: the enrolled server database and the four encrypted stores are built once per
session and copied for each example. HALOTKI_SOAK_EXAMPLES sets the number of examples
(`make soak`: thousands, random); CI runs 200 derandomized (reproducible) examples on
SQLite and 25 on PostgreSQL.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from hypothesis.stateful import (
    initialize as first_step,
)

from desktop.domain.models import DOC_STATES
from desktop.messages import HaloError
from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from desktop.store.replica import Replica
from desktop.sync.api import CentralClient
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import ServerUnreachable
from desktop.sync.transport import SyncTransport
from sync import protocol
from sync.server.config import Settings
from sync.server.context import ServerContext
from tests import casework_rows as rows
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake
from tests.live_server import LiveServer
from tests.server.conftest import _reset_pg
from tests.server.helpers import case_body, issue_code
from tests.sync import fault_proxy as fp
from tests.sync.conftest import Pc, real_time
from tests.sync.harness import (
    local_checksum,
    own_changes,
    server_change_ids,
    server_checksum,
    server_event_counts,
)

SOAK = os.environ.get("HALOTKI_SOAK_EXAMPLES")
EXAMPLES = int(SOAK or 200)
PG_EXAMPLES = int(os.environ.get("HALOTKI_PG_EXAMPLES", 25))
STEPS = int(os.environ.get("HALOTKI_PROPERTY_STEPS", 25))
DEVICES = (("sby1", "SBY"), ("sby2", "SBY"), ("smg", "SMG"), ("pst", "PST"))
NAMES = tuple(name for name, _ in DEVICES)
MAX_CASES = 8  # per example, so a step stays cheap
MAX_RESTARTS = 2  # per example (a restart costs uvicorn's shutdown tick)
SMALL_BATCH = 3  # changes per push in sync_in_small_batches
API = "/api/v1/"

# HALOTKI_PROPERTY_SHRINK=0 reports a failing example as found (quicker, longer to read).
PHASES = tuple(p for p in Phase if p is not Phase.explain and (
    p is not Phase.shrink or os.environ.get("HALOTKI_PROPERTY_SHRINK", "1") != "0"))
SETTINGS = settings(
    max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None, phases=PHASES,
    derandomize=SOAK is None, database=None, print_blob=True, report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                           HealthCheck.data_too_large],
)

FAULTS = st.one_of(
    st.builds(fp.drop, reset=st.booleans()),
    st.builds(fp.cut_request, after=st.integers(0, 4000), reset=st.booleans()),
    st.builds(fp.cut_response, after=st.integers(0, 4000), reset=st.booleans()),
)
CLOSING = {"selesai": "dipulangkan", "ditutup": "dicabut"}
STATUSES = ("validasi", "menunggu_dokumen", "proses", "dirujuk", "selesai", "ditutup")
DOC_TYPES = ("paspor", "ktkln", "perjanjian_kerja", "kartu_keluarga")
WORKER_EDITS = {"employer_name": ("Tan Ah Kow", "PT Maju Jaya", "Lim Boon Keng"),
                "phone": ("0812-1111-2222", "0813-3333-4444"),
                "address": ("Jl. Melati 1, Surabaya", "Dusun Krajan RT 2, Malang")}
EVENTS = ("konsultasi", "informasi", "catatan", "koordinasi_perwakilan")
OFFICERS = ("budi.sby", "siti.smg", "operator.pusat", "")
PHONES = ("+62318410040", "+62215550000", "+60321164000")
MAX_PARTNERS = 4  # local partners added per example


# -- templates, built once per session ---------------------------------------------------

@dataclass
class Templates:
    root: Path
    server_db: Path
    stores: dict[str, Path]
    credentials: dict[str, object]
    letters: dict[str, str]


def _enrol_all(ctx: ServerContext, url: str) -> tuple[dict, dict]:
    credentials, letters = {}, {}
    for name, office in DEVICES:
        with CentralClient(url) as client:
            enrolment = client.enrol(issue_code(ctx, office), f"PC-{name}")
        credentials[name], letters[name] = enrolment.credential, enrolment.device_letter
    return credentials, letters


def _scratch_root(tmp_path_factory) -> Path:
    # Memory-backed when there is one: thousands of small commits, each synced to disk
    # otherwise, are most of an example's time.
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix="halotki-property-", dir=shm))
    return tmp_path_factory.mktemp("property")


@pytest.fixture(scope="session")
def templates(tmp_path_factory, sqlite_template):
    root = _scratch_root(tmp_path_factory)
    try:
        yield _build_templates(root, sqlite_template)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _build_templates(root: Path, sqlite_template: Path) -> Templates:
    server_db = root / "server.db"
    shutil.copy(sqlite_template, server_db)
    ctx = ServerContext.create(Settings(database_url=f"sqlite:///{server_db}", fast_kdf=True),
                               real_time)
    server = LiveServer(ctx).start()
    try:
        credentials, letters = _enrol_all(ctx, server.url)
    finally:
        server.stop()
        ctx.close()
    stores = {}
    for name, office in DEVICES:
        paths = DataPaths(root / "stores" / name)
        admin = initialize(paths, InitRequest(office, ADMIN, "Admin", ADMIN_PW,
                                              device_letter=letters[name]), TEST_KDF)
        admin.accounts.add_user("kasi", "Kasi", "supervisor", STAFF_PW)
        admin.close()
        stores[name] = paths.root
    return Templates(root, server_db, stores, credentials, letters)


# -- one example's world ------------------------------------------------------------------

class World:
    """A server on a fresh copy of the enrolled database, the proxy, and the four PCs."""

    def __init__(self, templates: Templates, pg_url: str | None) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="ex-", dir=templates.root))
        if pg_url is None:
            shutil.copy(templates.server_db, self.dir / "server.db")
            url = f"sqlite:///{self.dir / 'server.db'}"
        else:
            _reset_pg(pg_url)
            url = pg_url
        self.settings = Settings(database_url=url, fast_kdf=True)
        self.ctx = ServerContext.create(self.settings, real_time)
        self.server = LiveServer(self.ctx).start()
        self.proxy = fp.FaultProxy(self.server.port).start()
        credentials = templates.credentials
        if pg_url is not None:
            credentials, letters = _enrol_all(self.ctx, self.server.url)
            assert letters == templates.letters
        self.pcs: dict[str, Pc] = {}
        for name, office in DEVICES:
            paths = DataPaths(self.dir / name)
            shutil.copytree(templates.stores[name], paths.root)
            core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
            self.pcs[name] = Pc(office, core, credentials[name], self.proxy.url,
                                office == "PST")
        self.central = CentralClient(self.proxy.url, self.pcs["pst"].credential,
                                     user="operator.pusat")

    def sync(self, name: str):
        pc = self.pcs[name]
        with CentralClient(self.proxy.url, pc.credential, user=pc.core.session.username) as c:
            engine = SyncEngine(Replica(pc.core.store), SyncTransport(c), office_code=pc.office,
                                national=pc.national, user=pc.core.session.username)
            return engine.run()

    def fetch(self, name: str, sha256: str, size: int) -> None:
        pc = self.pcs[name]
        with CentralClient(self.proxy.url, pc.credential, user=pc.core.session.username) as c:
            SyncEngine(Replica(pc.core.store), SyncTransport(c), office_code=pc.office,
                       national=pc.national, user=pc.core.session.username).fetch(sha256, size)

    def restart(self) -> None:
        self.server.stop()
        self.ctx.close()
        self.ctx = ServerContext.create(self.settings, real_time)  # a new process
        self.server = LiveServer(self.ctx).start()
        self.proxy.retarget(self.server.port)

    def close(self) -> None:
        self.central.close()
        for pc in self.pcs.values():
            pc.core.close()
        self.proxy.close()
        self.server.stop()
        self.ctx.close()
        shutil.rmtree(self.dir, ignore_errors=True)


# -- the machine --------------------------------------------------------------------------

STATS: collections.Counter = collections.Counter()


def step(fn):
    """Marks the example broken when a step fails, so teardown only cleans up."""
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        STATS[fn.__name__] += 1
        try:
            return fn(self, *args, **kwargs)
        except BaseException:
            self.broken = True
            raise
    return wrapper


devices = st.sampled_from(NAMES)
picks = st.integers(0, 1000)


class SyncMachine(RuleBasedStateMachine):
    templates: Templates
    pg_url: str | None = None

    def __init__(self) -> None:
        super().__init__()
        self.broken = False
        self.world = World(self.templates, self.pg_url)
        self.cursors = {name: [0] for name in NAMES}
        self.recorded: dict[str, set[str]] = {name: set() for name in NAMES}
        self.contents: dict[str, bytes] = {}  # sha256 -> the bytes attached
        self.attached: dict[str, list[tuple[str, str]]] = {}  # sha256 -> [(PC, case number)]
        self.restarts = 0
        self.faults_fired = 0
        # An answer lost after the server committed it may have carried a case's move: the
        # server counts the move as sent, so what the PC records before its next complete
        # sync may be refused for that case (the server cannot tell it was recorded
        # unknowing; set aside with the reason, never lost).
        self.answer_lost = dict.fromkeys(NAMES, False)
        self.may_be_refused: dict[str, set[str]] = {name: set() for name in NAMES}
        self.partners = 0
        # Local partners central adopted: an edit their office made before it learnt of
        # it is refused (the entry is central's now), set aside with the reason.
        self.adopted: set[str] = set()

    # -- helpers ------------------------------------------------------------------------
    def pc(self, name: str) -> Pc:
        return self.world.pcs[name]

    def case_of(self, name: str, pick: int) -> str | None:
        numbers = [r[0] for r in self.pc(name).core.store.query(
            "SELECT case_number FROM cases ORDER BY case_number")]
        return numbers[pick % len(numbers)] if numbers else None

    def case_count(self) -> int:
        with self.world.ctx.db.read() as conn:
            from sqlalchemy import func, select

            from sync.server.db.tables import cases
            on_server = conn.scalar(select(func.count()).select_from(cases))
        return on_server + sum(p.core.store.query_one(
            "SELECT count(*) FROM changes WHERE entity = 'case' AND op = 'insert'"
            " AND pushed_at IS NULL")[0] for p in self.world.pcs.values())

    def clean_sync(self, name: str):
        report = self.world.sync(name)
        assert report.outcome in ("ok", "clock"), (name, report)
        # Drift is a bug: the checksum's re-download must never be what makes PCs agree.
        assert not report.healed, (name, "needed a re-download", report)
        self.answer_lost[name] = False
        return report

    # -- a shared start: a case recorded at SBY and one from central, on every PC ----------
    @first_step()
    @step
    def shared_cases(self):
        self.pc("sby1").core.cases.record_intake(make_intake(worker__name="Pekerja Bersama"))
        body = case_body()
        self.world.central.create_case(body["complaint"], body["complainant"], body["worker"],
                                       assign_to="SBY")
        self.sync_all()

    # -- offline work on a PC -------------------------------------------------------------
    @precondition(lambda self: self.case_count() < MAX_CASES)
    @rule(name=devices, who=st.integers(0, 5))
    @step
    def record_intake(self, name, who):
        self.pc(name).core.cases.record_intake(make_intake(worker__name=f"Pekerja Nomor {who}"))

    @rule(name=devices, pick=picks, kind=st.sampled_from(EVENTS), n=st.integers(0, 9))
    @step
    def add_event(self, name, pick, kind, n):
        number = self.case_of(name, pick)
        if number:
            self.pc(name).core.cases.add_event(number, kind, f"Langkah {n}.")

    @rule(name=devices, pick=picks, status=st.sampled_from(STATUSES))
    @step
    def change_status(self, name, pick, status):
        number = self.case_of(name, pick)
        if number:
            # Not a valid transition from where the case is: the core refuses, that is fine.
            with contextlib.suppress(HaloError):
                self.pc(name).core.cases.change_status(number, status,
                                                      outcome=CLOSING.get(status, ""))

    @rule(name=devices, pick=picks, field=st.sampled_from(sorted(WORKER_EDITS)),
          choice=st.integers(0, 2))
    @step
    def edit_worker(self, name, pick, field, choice):
        number = self.case_of(name, pick)
        if number:
            core = self.pc(name).core
            worker = make_intake().worker
            values = WORKER_EDITS[field]
            setattr(worker, field, values[choice % len(values)])
            core.cases.update_people(number, worker=worker)

    @rule(name=devices, pick=picks, doc=st.sampled_from(DOC_TYPES),
          state=st.sampled_from(DOC_STATES))
    @step
    def set_document(self, name, pick, doc, state):
        number = self.case_of(name, pick)
        if number:
            self.pc(name).core.cases.set_document(number, doc, state)

    @rule(name=devices, pick=picks, seed=st.integers(0, 3))
    @step
    def attach(self, name, pick, seed):
        number = self.case_of(name, pick)
        if number:
            data = b"%PDF-1.4\n" + hashlib.sha256(b"scan %d" % seed).digest() * (40 + seed)
            self.pc(name).core.attachments.attach(number, data, f"scan-{seed}.pdf")
            sha256 = hashlib.sha256(data).hexdigest()
            self.contents[sha256] = data
            self.attached.setdefault(sha256, []).append((name, number))

    # -- the office's case work ------------------------------------------------------------
    @rule(name=devices, pick=picks, what=st.sampled_from(["officer", "urgent", "proposal"]),
          n=st.integers(0, 3))
    @step
    def case_work(self, name, pick, what, n):
        """Assign a handling officer (or none), flag the case urgent, propose closing it."""
        number = self.case_of(name, pick)
        if not number:
            return
        core = self.pc(name).core
        if what == "officer":
            rows.assign_officer(core, number, OFFICERS[n % len(OFFICERS)])
        elif what == "urgent":
            rows.flag_urgent(core, number, f"Alasan mendesak {n}.")
        else:
            status = ("selesai", "ditutup")[n % 2]
            rows.propose_closure(core, number, status, CLOSING[status], f"Usulan {n}.")

    @rule(name=devices, pick=picks, what=st.sampled_from(["refer", "answer", "summon", "attend"]),
          n=st.integers(0, 3))
    @step
    def partner_work(self, name, pick, what, n):
        """Refer the case and record the answer; summon an agency and record the meeting
        (the same referral may be answered on two PCs: a conflict)."""
        core = self.pc(name).core
        if what in ("refer", "summon"):
            number = self.case_of(name, pick)
            if number and what == "refer":
                rows.add_referral(core, number, addressee=f"KBRI Nomor {n}")
            elif number:
                rows.add_summons(core, number, agency=f"PT Penempatan Nomor {n}")
            return
        table = "referrals" if what == "answer" else "summons"
        found = core.store.query(f"SELECT id FROM {table} ORDER BY id")
        if not found:
            return
        target = found[pick % len(found)][0]
        if what == "answer":
            rows.answer_referral(core, target, f"Jawaban {n}.", on=f"2026-12-0{n + 2}")
        else:
            rows.record_attendance(core, target, ("hadir", "tidak_hadir")[n % 2], f"Hasil {n}.")

    @rule(name=devices, pick=picks, what=st.sampled_from(["add", "edit", "adopt"]),
          n=st.integers(0, 2))
    @step
    def directory_work(self, name, pick, what, n):
        """A local partner added (central's own entry on the PST PC), an entry the PC may
        edit edited, a local partner adopted by central."""
        pc = self.pc(name)
        if what == "add":
            if self.partners < MAX_PARTNERS:
                self.partners += 1
                rows.add_stakeholder(pc.core, f"PT Mitra {name} {self.partners}",
                                     office_code="" if pc.national else pc.office)
            return
        if what == "adopt" and not pc.national:
            return
        sql = "SELECT id FROM stakeholders"
        if what == "adopt":
            sql += " WHERE office_code != ''"
        elif not pc.national:
            sql += f" WHERE office_code = '{pc.office}'"
        found = pc.core.store.query(sql + " ORDER BY id")
        if not found:
            return
        entry_id = found[pick % len(found)][0]
        if what == "adopt":
            rows.edit_stakeholder(pc.core, entry_id, office_code="")
            self.adopted.add(entry_id)
        else:
            rows.edit_stakeholder(pc.core, entry_id, phone=PHONES[n])

    @rule(name=devices, pick=picks, keep=st.booleans())
    @step
    def resolve_conflict(self, name, pick, keep):
        core = self.pc(name).core
        rows = core.store.query("SELECT id FROM conflicts WHERE resolved_at = '' ORDER BY id")
        if rows:
            # It may be refused: e.g. the other status is no valid transition any more.
            with contextlib.suppress(HaloError):
                core.conflicts.settle(rows[pick % len(rows)][0], "kept" if keep else "other")

    # -- central operations (the PST PC, through the central API) ---------------------------
    @precondition(lambda self: self.case_count() < MAX_CASES)
    @rule(assign_to=st.sampled_from([None, "SBY", "SMG"]))
    @step
    def central_create(self, assign_to):
        body = case_body()
        self.world.central.create_case(body["complaint"], body["complainant"], body["worker"],
                                       assign_to=assign_to)

    @rule(pick=picks, office=st.sampled_from(["SBY", "SMG", "PST"]))
    @step
    def move_case(self, pick, office):
        with self.world.ctx.db.read() as conn:
            from sqlalchemy import select

            from sync.server.db.tables import cases
            rows = conn.execute(select(cases.c.case_number, cases.c.office_code)
                                .order_by(cases.c.case_number)).all()
        if not rows:
            return
        number, holder = rows[pick % len(rows)]
        if holder == office:
            return
        if holder == "PST":
            self.world.central.assign_case(number, office, "Ditangani kantor daerah.")
        else:
            self.world.central.transfer_case(number, office, "Pengadu pindah domisili.")

    # -- sync ---------------------------------------------------------------------------------
    @rule(name=devices)
    @step
    def sync(self, name):
        self.clean_sync(name)

    @rule()
    @step
    def sync_all(self):
        for name in NAMES:
            self.clean_sync(name)

    @rule(name=devices)
    @step
    def sync_in_small_batches(self, name):
        """A PC with more to push than a batch: its answers bring nothing until its last
        batch, so a case moved meanwhile leaves only after all it recorded before is kept
        (the end checks that the server refused nothing)."""
        with mock.patch.object(protocol, "MAX_PUSH", SMALL_BATCH):  # both ends: one process
            self.clean_sync(name)

    @rule(name=devices, fault=FAULTS, skip=st.integers(0, 2))
    @step
    def sync_with_fault(self, name, fault, skip):
        armed = self.world.proxy.arm(fault, path=API, skip=skip)
        try:
            report = self.world.sync(name)
        finally:
            self.world.proxy.disarm()
        if armed.fired.is_set():
            STATS["fault fired"] += 1
            self.faults_fired += 1
            assert report.outcome == "offline", (fault, report)
            assert isinstance(report.error, ServerUnreachable)
            if fault.kind not in (fp.DROP, fp.CUT_REQUEST):  # the server had answered
                self.answer_lost[name] = True
        else:  # the run made fewer requests than the fault waited for
            assert report.outcome in ("ok", "clock"), report
            assert not report.healed, report
            self.answer_lost[name] = False

    @precondition(lambda self: self.restarts < MAX_RESTARTS)
    @rule()
    @step
    def restart_server(self):
        self.restarts += 1
        self.world.restart()

    # -- after every step -------------------------------------------------------------------
    @invariant()
    @step
    def cursors_forward_and_pushed_means_on_the_server(self):
        """No cursor moved backwards; a change a PC marked pushed is on the server (a fault
        never makes a PC believe a change arrived)."""
        pushed: dict[str, set[str]] = {}
        for name in NAMES:
            store = self.pc(name).core.store
            now = Replica(store).cursor()
            assert now >= self.cursors[name][-1], (name, self.cursors[name], now)
            self.cursors[name].append(now)
            mine = own_changes(self.pc(name))
            if self.answer_lost[name]:
                self.may_be_refused[name] |= set(mine) - self.recorded[name]
            self.recorded[name] |= set(mine)
            set_aside = {r[0] for r in store.query("SELECT change_id FROM rejected_changes")}
            pushed[name] = {c for c, done in mine.items() if done} - set_aside
        wanted = set().union(*pushed.values())
        on_server = set(server_change_ids(self.world.ctx, wanted)) if wanted else set()
        for name, ids in pushed.items():
            assert ids <= on_server, (name, sorted(ids - on_server)[:5])

    # -- the end -----------------------------------------------------------------------------
    def teardown(self):
        try:
            if not self.broken:
                self.converge_and_check()
        finally:
            self.world.close()

    def converge_and_check(self):
        STATS["examples checked"] += 1
        self.world.proxy.disarm()
        for name in NAMES:
            self.clean_sync(name)
        for name in NAMES:
            assert self.clean_sync(name).checksum_ok, name
        for name in NAMES:
            pc = self.pc(name)
            assert local_checksum(pc) == server_checksum(self.world.ctx, pc), name
        self.cursors_forward_and_pushed_means_on_the_server()
        ids = server_change_ids(self.world.ctx)
        assert len(ids) == len(set(ids)), "a change was applied twice"
        rows, distinct = server_event_counts(self.world.ctx)
        assert rows == distinct, "an event was applied twice"
        for name in NAMES:
            pc = self.pc(name)
            STATS["conflicts"] += pc.core.store.query_one("SELECT count(*) FROM conflicts")[0]
            STATS["removed cases"] += pc.core.store.query_one(
                "SELECT count(*) FROM removed_cases")[0]
            STATS["cases"] += pc.core.cases.count()
            STATS["attachments"] += pc.core.store.query_one("SELECT count(*) FROM attachments")[0]
            found = pc.core.store.query("SELECT change_id, code, entity_id FROM rejected_changes")
            refused = {c: code for c, code, _ in found}
            excused = {c for c, code in refused.items()
                       if code == "sync_out_of_scope" and c in self.may_be_refused[name]}
            adopted = {c for c, code, entry in found
                       if code == "directory_entry_not_yours" and entry in self.adopted}
            STATS["refused after an adoption"] += len(adopted)
            excused |= adopted
            STATS["refused after a lost answer"] += len(excused)
            lost = self.recorded[name] - set(ids) - excused
            assert not lost, (name, "changes never reached the server", sorted(lost)[:5])
            rejected = {c: code for c, code in refused.items() if c not in excused}
            assert not rejected, (name, "changes refused by the server", rejected)
            check = pc.core.maintenance.check()
            assert check.ok, (name, check.first_problem())
            for att_id, sha256, size in pc.core.store.query(
                    "SELECT id, sha256, size FROM attachments ORDER BY id"):
                if not pc.core.attachments.get(att_id).local:
                    self.world.fetch(name, sha256, size)
                assert pc.core.attachments.content(att_id) == self.contents[sha256], name
        self.clocks_agree()

    def clocks_agree(self):
        """Every PC derived the same deadline clock for each case it holds (a paused
        clock's projected due date is as of the day it was computed)."""
        seen: dict[str, tuple] = {}
        for name in NAMES:
            for case_id, target, state, due in self.pc(name).core.store.query(
                    "SELECT case_id, target, state, CASE state WHEN 'paused' THEN '' ELSE due"
                    " END FROM case_clock"):
                assert seen.setdefault(case_id, (target, state, due)) == (target, state, due), (
                    name, case_id)
            held = self.pc(name).core.store.query_one(
                "SELECT count(*) FROM cases WHERE id NOT IN (SELECT case_id FROM case_clock)")
            assert held == (0,), (name, "a case without its clock")
        STATS["clocks"] += len(seen)



def _machine(templates: Templates, pg_url: str | None) -> type[SyncMachine]:
    return type("SyncMachine", (SyncMachine,), {"templates": templates, "pg_url": pg_url})


# The examples' own bound (pytest-timeout's default of 300 s is for one ordinary test).
TIME_LIMIT = pytest.mark.timeout(max(600, EXAMPLES * 6))


@TIME_LIMIT
def test_sync_converges_whatever_happens_sqlite(templates):
    STATS.clear()
    run_state_machine_as_test(_machine(templates, None), settings=SETTINGS)
    print(dict(STATS))
    # The examples did reach what they are for (a guard against a test gone weak).
    reached = ("fault fired", "conflicts", "removed cases", "attachments", "restart_server",
               "sync_in_small_batches", "case_work", "partner_work", "directory_work", "clocks")
    for what in reached if EXAMPLES >= 50 else ():
        assert STATS[what] > 0, (what, dict(STATS))


@TIME_LIMIT
def test_sync_converges_whatever_happens_postgresql(templates, pg_session_url):
    run_state_machine_as_test(_machine(templates, pg_session_url),
                              settings=settings(SETTINGS, max_examples=PG_EXAMPLES))
