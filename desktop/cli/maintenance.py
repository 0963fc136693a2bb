"""`halotki check`, `backup` and `restore`."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.context import CliContext
from desktop.session.restore import restore
from desktop.store.errors import StoreError

EXIT_CHECK_FAILED = 8


def add_parsers(sub) -> None:
    p = sub.add_parser("check", help="check the encrypted pages, the database structure and the outbox")
    p.set_defaults(handler=run_check)
    p = sub.add_parser("backup", help="write an encrypted, consistent backup file (administrator)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=run_backup)
    p = sub.add_parser("restore", help="replace this PC's data with a backup (administrator of the "
                                       "backup); works when the current data is damaged or missing")
    p.add_argument("file", type=Path)
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
            ctx.print(ctx.t("RUSAK", "DAMAGED") + f": {' '.join(problem.split())}")
            return EXIT_CHECK_FAILED
        cases = core.cases.count()
        changes = core.store.query_one("SELECT count(*) FROM changes")[0]
    ctx.print(ctx.t(f"OK: {cases} kasus, {changes} catatan perubahan",
                    f"OK: {cases} cases, {changes} change records"))
    return 0


def run_backup(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        path = core.maintenance.backup(args.file)
    ctx.print(ctx.t("Cadangan dibuat", "Backup written") + f": {path}")
    return 0


def run_restore(ctx: CliContext, args) -> int:
    login = ctx.login()
    kept = restore(ctx.paths, args.file, login.username, login.password, ctx.kdf)
    ctx.print(ctx.t("Cadangan dipulihkan.", "Backup restored.") + f" ({ctx.paths.root})")
    if kept:
        ctx.print(ctx.t("Data sebelumnya disimpan di", "The previous data was kept in") + f": {kept}")
    return 0
