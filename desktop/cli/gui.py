"""`halotki` with no command, or `halotki gui`: the desktop application."""

from __future__ import annotations


def add_parsers(sub) -> None:
    p = sub.add_parser("gui", help="start the desktop application (the default)")
    p.set_defaults(handler=run)


def run(ctx, args) -> int:
    # Imported here: Qt is heavy, and the headless commands must work without a display.
    from desktop.ui.app import run_gui

    return run_gui(ctx.paths.root, ctx.lang_override)
