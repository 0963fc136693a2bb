"""`halotki --self-test`: proves that this installation works, from end to end.

In a scratch data folder it creates an encrypted store, unlocks it, records a case, renders
the receipt PDF and runs the integrity check of `halotki check`, through the same services
the application uses (with Argon2id at its minimum cost, so it takes a second, not ten).
It is what support asks an office to run, and what CI runs against the frozen program.

One line per step on stdout. The first failure ends it: one line on stderr with the step
and the reason, and the exit code of that kind of failure (3 data unusable, 5 could not
write, 8 a check found a problem, 70 anything unexpected, whose details go to the log).
The scratch folder holds synthetic data only and is removed either way. No Qt here: it
must run on a PC without a display.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from desktop import __version__
from desktop.cli.context import CliContext
from desktop.cli.logging_setup import CommandLog
from desktop.core import Core
from desktop.crypto.keyslots import MINIMUM_KDF, WrongPassword
from desktop.domain.deadlines import is_working_day
from desktop.domain.models import ComplainantInput, ComplaintInput, IntakeInput, WorkerInput
from desktop.domain.reference import seed_reference
from desktop.domain.reports.figures import compute_report
from desktop.domain.reports.period import Period
from desktop.domain.validation import ValidationErrors
from desktop.messages import HaloError, Msg
from desktop.paths import DataPaths
from desktop.reports.pdf_report import write_report_pdf
from desktop.reports.xlsx_report import write_report_xlsx
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from desktop.store.errors import StoreError

log = logging.getLogger("halotki.cli")

EXIT_PROBLEM = 8  # as `halotki check`: the examination itself found something wrong
EXIT_INTERNAL = 70
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
ADMIN, OFFICER = "uji-admin", "uji-loket"
BUNDLED_FILES = (  # package, file: what the frozen build must have brought along
    ("desktop.seed", "reference.json"),
    ("desktop.seed", "stakeholders.json"),  # the partner directory's seed
    ("desktop.ui", "translations/halotki_id.qm"),
    ("desktop.ui", "translations/halotki_en.qm"),
    # Through desktop.ui, not desktop.ui.icons: importing that package would load Qt.
    ("desktop.ui", "icons/app-256.png"),
    ("desktop.ui", "icons/app.svg"),
    ("desktop.ui", "help/guide_id.html"),  # the user guide
    ("desktop.ui", "help/guide_en.html"),
)

MSG_HEADER = Msg("selftest_header", "Uji mandiri Halo TKI Desk {version}",
                 "Halo TKI Desk self-test {version}")
MSG_PASSED = Msg("selftest_passed", "Uji mandiri berhasil: program ini siap dipakai.",
                 "Self-test passed: this program is ready to use.")
MSG_FAILED = Msg("selftest_failed", "uji mandiri gagal pada langkah {step} ({name}): {reason}",
                 "self-test failed at step {step} ({name}): {reason}")
MSG_SEE_LOG = Msg("selftest_see_log", "rinciannya ada di {path}", "details are in {path}")
MSG_NO_LOG = Msg("selftest_no_log", "berkas log tidak dapat ditulis",
                 "the log file could not be written")
MSG_MISSING_FILE = Msg("selftest_missing_file", "berkas aplikasi {name} tidak ada atau kosong",
                       "the application file {name} is missing or empty")
MSG_NOT_ENCRYPTED = Msg("selftest_not_encrypted", "basis data tersimpan tanpa enkripsi",
                        "the database was stored without encryption")
MSG_WRONG_ACCEPTED = Msg("selftest_wrong_accepted", "kata sandi yang salah diterima",
                         "a wrong password was accepted")
MSG_READ_BACK = Msg("selftest_read_back", "kasus yang dicatat terbaca berbeda",
                    "the recorded case reads back differently")
MSG_NOT_PDF = Msg("selftest_not_pdf", "tanda terima bukan PDF yang utuh",
                  "the receipt is not a complete PDF")
MSG_CHECK = Msg("selftest_check", "pemeriksaan menemukan masalah: {problem}",
                "the check found a problem: {problem}")
MSG_UNEXPECTED = Msg("selftest_unexpected", "kesalahan tak terduga ({kind})",
                     "unexpected error ({kind})")

STEP_NAMES = {
    "files": Msg("selftest_step_files", "berkas aplikasi", "application files"),
    "create": Msg("selftest_step_create", "membuat data terenkripsi", "create the encrypted store"),
    "unlock": Msg("selftest_step_unlock", "membuka dengan kata sandi", "unlock with a password"),
    "record": Msg("selftest_step_record", "mencatat pengaduan", "record a complaint"),
    "receipt": Msg("selftest_step_receipt", "membuat PDF tanda terima", "render the receipt PDF"),
    "check": Msg("selftest_step_check", "pemeriksaan integritas", "integrity check"),
    "deadline": Msg("selftest_step_deadline", "tenggat hari kerja", "working-day deadline"),
    "report": Msg("selftest_step_report", "laporan dengan grafik (XLSX, PDF)",
                  "report with charts (XLSX, PDF)"),
}
MSG_NO_CALENDAR = Msg("selftest_no_calendar",
                      "kalender hari libur nasional tidak terbaca (17 Agustus dihitung hari kerja)",
                      "the national holiday calendar is missing (17 August counts as a working day)")
MSG_REPORT_WRONG = Msg("selftest_report_wrong",
                      "laporan tidak menghitung pengaduan yang dicatat",
                      "the report does not count the recorded complaint")
MSG_NO_CLOCK = Msg("selftest_no_clock", "kasus yang dicatat tidak mempunyai tenggat",
                   "the recorded case has no deadline")
MSG_FILES = Msg("selftest_files", "{files} berkas, {offices} kantor", "{files} files, {offices} offices")


class SelfTestProblem(HaloError):
    exit_code = EXIT_PROBLEM


@dataclass
class Scratch:
    """What one step hands to the next."""

    paths: DataPaths
    passwords: dict[str, str] = field(default_factory=dict)
    core: Core | None = None
    case_number: str = ""
    lang: str = "id"

    def close_core(self) -> None:
        core, self.core = self.core, None
        if core is not None:
            core.close()


def add_argument(parser) -> None:
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works (in a temporary folder) and exit")


def run(ctx: CliContext, args=None) -> int:
    ctx.print(MSG_HEADER.text(ctx.lang, version=__version__))
    root = Path(tempfile.mkdtemp(prefix="halotki-selftest-"))
    scratch = Scratch(DataPaths(root / "data"), lang=ctx.lang)
    try:
        for number, (key, step) in enumerate(STEPS, start=1):
            name = STEP_NAMES[key].text(ctx.lang)
            started = time.perf_counter()
            try:
                detail = step(scratch)
            except Exception as exc:
                return _fail(ctx, number, name, exc)
            elapsed = time.perf_counter() - started
            extra = f"{detail}, " if detail else ""
            ctx.print(f"[{number}/{len(STEPS)}] {name}: OK ({extra}{elapsed:.2f} s)")
        ctx.print(MSG_PASSED.text(ctx.lang))
        return 0
    finally:
        with suppress(Exception):  # a store that failed to close must not hide the result
            scratch.close_core()
        shutil.rmtree(root, ignore_errors=True)


def _fail(ctx: CliContext, number: int, name: str, exc: Exception) -> int:
    if isinstance(exc, HaloError):
        reason, code = exc.text(ctx.lang), exc.exit_code
        if isinstance(exc, ValidationErrors):  # "1 field needs correcting" alone says little
            first = exc.errors[0]
            reason += f" ({first.field}: {first.text(ctx.lang)})"
        log.info("self-test step %d failed: %s (exit %d)", number, exc.code, code)
    else:
        # Not a condition the code knows: the traceback (without personal data; there is
        # none here anyway) goes to the log of this PC's data folder, and the user gets its path.
        command_log = CommandLog(ctx.paths)
        try:
            where = command_log.internal_error(f"--self-test step {number}", exc)
        finally:
            command_log.close()
        reason = MSG_UNEXPECTED.text(ctx.lang, kind=type(exc).__name__) + "; " + (
            MSG_SEE_LOG.text(ctx.lang, path=where) if where else MSG_NO_LOG.text(ctx.lang))
        code = EXIT_INTERNAL
    line = MSG_FAILED.text(ctx.lang, step=f"{number}/{len(STEPS)}", name=name, reason=reason)
    _say(line)
    return code


def _say(text: str) -> None:
    print("halotki: " + " ".join(text.split()), file=sys.stderr)


# -- the steps: each returns a short detail for its line, or raises -------------------------

def check_files(s: Scratch) -> str:
    for package, name in BUNDLED_FILES:
        target = resources.files(package).joinpath(name)
        if not target.is_file() or not target.read_bytes():
            raise SelfTestProblem(MSG_MISSING_FILE, name=f"{package}/{name}")
    offices = len(seed_reference().get("office", []))
    if not offices:
        raise SelfTestProblem(MSG_MISSING_FILE, name="desktop.seed/reference.json")
    return MSG_FILES.text(s.lang, files=len(BUNDLED_FILES), offices=offices)


def create_store(s: Scratch) -> str:
    s.passwords = {ADMIN: secrets.token_urlsafe(12), OFFICER: secrets.token_urlsafe(12)}
    core = initialize(s.paths, InitRequest(
        office_code="SBY", admin_username=ADMIN, admin_full_name="Admin Uji Mandiri",
        password=s.passwords[ADMIN], device_label="PC-Uji"), MINIMUM_KDF)
    try:
        # A second key slot, as every office has: the officer's password opens the same key.
        core.accounts.add_user(OFFICER, "Petugas Uji Mandiri", "front_office", s.passwords[OFFICER])
    finally:
        core.close()
    with open(s.paths.database, "rb") as fh:
        if fh.read(len(SQLITE_PLAIN_HEADER)) == SQLITE_PLAIN_HEADER:
            raise SelfTestProblem(MSG_NOT_ENCRYPTED)
    if s.passwords[OFFICER].encode() in s.paths.keyslots.read_bytes():
        raise SelfTestProblem(MSG_NOT_ENCRYPTED)
    return "SQLCipher 4, Argon2id"


def unlock_store(s: Scratch) -> str:
    try:
        log_in(s.paths, OFFICER, s.passwords[OFFICER] + "x", MINIMUM_KDF).close()
    except WrongPassword:
        pass
    else:
        raise SelfTestProblem(MSG_WRONG_ACCEPTED)
    s.core = log_in(s.paths, OFFICER, s.passwords[OFFICER], MINIMUM_KDF)
    return OFFICER


def record_case(s: Scratch) -> str:
    core = _core(s)
    worker = "Pekerja Uji Mandiri"
    number = core.cases.record_intake(IntakeInput(
        complainant=ComplainantInput(name="Pengadu Uji Mandiri", relation="ibu",
                                     phones="0812-0000-0001"),
        worker=WorkerInput(name=worker, sex="P", passport="X0000001", destination_country="MY"),
        complaint=ComplaintInput(category="gaji_tidak_dibayar", channel="datang_langsung",
                                 description="Uji mandiri: data contoh, bukan pengaduan nyata."),
    ))
    detail = core.cases.get(number)
    if detail.case["case_number"] != number or detail.worker.get("name") != worker:
        raise SelfTestProblem(MSG_READ_BACK)
    s.case_number = number
    return number


def render_receipt(s: Scratch) -> str:
    pdf = _core(s).receipts.render(s.case_number, s.lang)
    if not (pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-64:]):
        raise SelfTestProblem(MSG_NOT_PDF)
    return f"{len(pdf) // 1024} KiB"


def integrity_check(s: Scratch) -> str:
    core = _core(s)
    try:
        report = core.maintenance.check()
        problem = report.first_problem() if not report.ok else ""
    except StoreError as exc:  # as in `halotki check`: a damaged page can surface here too
        problem = exc.text(s.lang)
    if not problem and core.cases.count() != 1:
        problem = "case count"
    if problem:
        raise SelfTestProblem(MSG_CHECK, problem=problem)
    return "cipher_integrity_check, integrity_check, outbox"


def deadline_clock(s: Scratch) -> str:
    """The holiday calendar came along (the frozen build loads its country lazily) and the
    recorded case has its clock."""
    today = _core(s).cases.today()
    if is_working_day(date(today.year, 8, 17)):  # Hari Kemerdekaan, every year
        raise SelfTestProblem(MSG_NO_CALENDAR)
    clock = _core(s).cases.get(s.case_number).deadline
    if clock is None or clock.target <= 0:
        raise SelfTestProblem(MSG_NO_CLOCK)
    return f"{clock.day}/{clock.target}"


def report_files(s: Scratch) -> str:
    """The figures count the recorded complaint, and the workbook (XlsxWriter, native
    charts) and the PDF (reportlab charts) are written: the libraries came along."""
    core = _core(s)
    today = core.cases.today()

    class Rows:
        def rows(self, sql: str, params: dict) -> list[tuple]:
            return core.store.query(sql, params)
    report = compute_report(Rows(), core.reference, period=Period.year(today.year),
                            office_code=core.office.code, office_name=core.office.name,
                            tz=core.office.tz, now=core.now())
    if report.table("outcomes").totals()[0] != 1:
        raise SelfTestProblem(MSG_REPORT_WRONG)
    folder = s.paths.root
    sizes = [write_report_xlsx(report, folder / "laporan.xlsx", s.lang).stat().st_size,
             write_report_pdf(report, folder / "laporan.pdf", s.lang).stat().st_size]
    return f"{len(report.tables)} tables, XLSX {sizes[0] // 1024} KiB, PDF {sizes[1] // 1024} KiB"


def _core(s: Scratch) -> Core:
    if s.core is None:  # only if a step is run out of order
        raise RuntimeError("store not unlocked")
    return s.core


STEPS: list[tuple[str, Callable[[Scratch], str]]] = [
    ("files", check_files),
    ("create", create_store),
    ("unlock", unlock_store),
    ("record", record_case),
    ("receipt", render_receipt),
    ("check", integrity_check),
    ("deadline", deadline_clock),
    ("report", report_files),
]
