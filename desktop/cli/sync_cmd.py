"""`halotki sync`: one sync with the central server (for a scheduled task); exit code says how."""

from __future__ import annotations

from desktop.cli.context import CliContext
from desktop.messages import HaloError, Msg
from desktop.sync.runner import is_national, make_engine, run_and_log

EXIT_OFFLINE, EXIT_NOT_ENROLLED, EXIT_CLOCK = 9, 10, 11

MSG_NOT_ENROLLED = Msg(
    "sync_not_enrolled",
    "Komputer ini tidak terdaftar di server pusat; data hanya ada di komputer ini.",
    "This PC is not enrolled with the central server; its data is on this PC only.")
MSG_SUMMARY = Msg("cli_sync_summary", "{sent} perubahan dikirim, {received} diterima, {waiting} menunggu",
                  "{sent} changes sent, {received} received, {waiting} waiting")
MSG_REMOVED = Msg("cli_sync_removed", "; {n} kasus pindah kantor dihapus dari PC ini",
                  "; {n} transferred cases removed from this PC")
MSG_REFUSED = Msg("cli_sync_refused", "; {n} ditolak server (lihat aplikasi)",
                  "; {n} refused by the server (see the application)")
MSG_CLOCK = Msg(
    "cli_sync_clock",
    "PERINGATAN: jam komputer ini lebih cepat dari jam server. Perbaiki tanggal dan jam komputer.",
    "WARNING: this PC's clock is ahead of the server's. Correct the PC's date and time.")


class NotEnrolled(HaloError):
    exit_code = EXIT_NOT_ENROLLED


def add_parsers(sub) -> None:
    p = sub.add_parser("sync", help="sync once with the central server (for a scheduled task)")
    p.set_defaults(handler=run_sync)


def run_sync(ctx: CliContext, args) -> int:
    with ctx.core(record_login=False) as core:
        engine = make_engine(core.store, office_code=core.office.code,
                             national=is_national(core.reference, core.office.code),
                             user=core.session.username)
        if engine is None:
            raise NotEnrolled(MSG_NOT_ENROLLED)
        report = run_and_log(engine)
        pending = engine.replica.pending_count()
    summary = ctx.text(MSG_SUMMARY, sent=report.pushed, received=report.pulled, waiting=pending)
    if report.removed:
        summary += ctx.text(MSG_REMOVED, n=len(report.removed))
    if report.rejected:
        summary += ctx.text(MSG_REFUSED, n=report.rejected)
    if report.outcome in ("ok", "clock"):
        ctx.print("OK: " + summary)
        if report.outcome == "clock":
            ctx.say(MSG_CLOCK)
            return EXIT_CLOCK
        return 0
    assert report.error is not None
    ctx.print(summary)
    raise _Failed(report.error, _EXIT_BY_OUTCOME.get(report.outcome, 1))


_EXIT_BY_OUTCOME = {"offline": EXIT_OFFLINE, "revoked": EXIT_NOT_ENROLLED}


class _Failed(HaloError):
    """The engine's error, with the exit code of what happened."""

    def __init__(self, cause: HaloError, exit_code: int) -> None:
        super().__init__(cause.msg, cause.field, **cause.params)
        self.exit_code = exit_code
