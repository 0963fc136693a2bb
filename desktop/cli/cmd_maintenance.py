"""`halotki check`, `backup` and `restore`."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import credentials
from desktop.cli.context import CliContext
from desktop.services.startup import restore

EXIT_CHECK_FAILED = 8


def add_parsers(sub) -> None:
    p = sub.add_parser("check", help="check encryption pages, database integrity and the outbox")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("backup", help="write an encrypted, consistent backup file")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="replace this PC's data with a backup (administrator)")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_restore)


def cmd_check(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        report = core.maintenance.check()
        if not report.ok:
            ctx.print(ctx.t("RUSAK", "DAMAGED") + f": {report.first_problem()}")
            return EXIT_CHECK_FAILED
        cases = core.cases.count()
        changes = core.store.query_one("SELECT count(*) FROM changes")[0]
    ctx.print(ctx.t(f"OK: {cases} kasus, {changes} catatan perubahan",
                    f"OK: {cases} cases, {changes} change records"))
    return 0


def cmd_backup(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        path = core.maintenance.backup(args.file)
    ctx.print(ctx.t("Cadangan dibuat", "Backup written") + f": {path}")
    return 0


def cmd_restore(ctx: CliContext, args) -> int:
    kept = restore(ctx.paths, args.file, credentials.username(ctx.lang), credentials.password(ctx.lang),
                   ctx.kdf)
    ctx.print(ctx.t("Cadangan dipulihkan.", "Backup restored."))
    if kept:
        ctx.print(ctx.t("Data sebelumnya disimpan di", "The previous data was kept in") + f": {kept}")
    return 0
