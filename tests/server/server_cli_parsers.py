"""`halotki-server` with the audit and person commands, whether or not cli/main.py lists
them yet (it does once wired: then this changes nothing)."""

from __future__ import annotations

import argparse

import pytest

from sync.server.cli import audit as audit_cli
from sync.server.cli import main as server_main
from sync.server.cli import person as person_cli


def _with_commands(build):
    def build_parser():
        parser = build()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        for name, module in (("audit", audit_cli), ("person", person_cli)):
            if name not in sub.choices:
                module.add_parsers(sub)
        return parser
    return build_parser


@pytest.fixture
def server_commands(monkeypatch):
    monkeypatch.setattr(server_main, "build_parser", _with_commands(server_main.build_parser))
