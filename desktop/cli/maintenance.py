"""`halotki check`, `backup` and `restore`."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.context import CliContext
from desktop.messages import Msg
from desktop.session.restore import restore
from desktop.store.errors import StoreError

EXIT_CHECK_FAILED = 8

MSG_DAMAGED = Msg("cli_check_damaged", "RUSAK: {problem}", "DAMAGED: {problem}")
MSG_CHECK_OK = Msg("cli_check_ok", "OK: {cases} kasus, {changes} catatan perubahan",
                   "OK: {cases} cases, {changes} change records")
MSG_BACKUP_WRITTEN = Msg("cli_backup_written", "Cadangan dibuat: {path}", "Backup written: {path}")
MSG_RESTORED = Msg("cli_restored", "Cadangan dipulihkan. ({path})", "Backup restored. ({path})")
MSG_TAKEN_OVER = Msg(
    "cli_restore_taken_over",
    "Komputer ini kini memakai identitas komputer dari cadangan itu di server pusat; salinan "
    "lain dari data itu tidak dapat sinkron lagi.",
    "This PC now holds the identity of the backed-up PC at the central server; any other copy "
    "of that data can no longer sync.")
MSG_KEPT = Msg("cli_restore_kept", "Data sebelumnya disimpan di: {path}",
               "The previous data was kept in: {path}")


def add_parsers(sub) -> None:
    p = sub.add_parser("check", help="check the encrypted pages, the database structure and the outbox")
    p.set_defaults(handler=run_check)
    p = sub.add_parser("backup", help="write an encrypted, consistent backup file (administrator)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=run_backup)
    p = sub.add_parser(
        "restore", help="replace this PC's data with a backup (administrator of the backup); "
        "works when the current data is damaged or missing",
        description="Replace this PC's data with a backup. The Halo TKI Desk application must "
        "be closed. A backup of a PC enrolled with the central server needs a new enrolment "
        "code from central (--code): this PC then takes that PC's identity over, and any other "
        "copy of that data can no longer sync.")
    p.add_argument("file", type=Path)
    p.add_argument("--code", metavar="CODE",
                   help="a new enrolment code from central, for a backup of an enrolled PC")
    p.set_defaults(handler=run_restore)


def run_check(ctx: CliContext, args) -> int:
    # Examining a store must not change it: no login record is written.
    with ctx.core(record_login=False) as core:
        try:
            report = core.maintenance.check()
            problem = report.first_problem() if not report.ok else ""
        except StoreError as exc:
            # A damaged page can also surface while the outbox is replayed: still a finding.
            problem = exc.text(ctx.lang)
        if problem:
            ctx.say(MSG_DAMAGED, problem=" ".join(problem.split()))
            return EXIT_CHECK_FAILED
        # The store's own total, whoever runs the check (restricted cases included).
        cases = core.store.query_one("SELECT count(*) FROM cases")[0]
        changes = core.store.query_one("SELECT count(*) FROM changes")[0]
    ctx.say(MSG_CHECK_OK, cases=cases, changes=changes)
    return 0


def run_backup(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        path = core.maintenance.backup(args.file)
    ctx.say(MSG_BACKUP_WRITTEN, path=path)
    return 0


def run_restore(ctx: CliContext, args) -> int:
    login = ctx.login()
    kept = restore(ctx.paths, args.file, login.username, login.password, ctx.kdf,
                   code=args.code)
    ctx.say(MSG_RESTORED, path=ctx.paths.root)
    if args.code:
        ctx.say(MSG_TAKEN_OVER)
    if kept:
        ctx.say(MSG_KEPT, path=kept)
    return 0
