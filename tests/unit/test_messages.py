"""The command lines speak through Msg only (desktop/cli, desktop/terminal and the server's
sync/server/cli): every message has both languages, the same placeholders in both (a
missing one would fail only when that line is printed) and a code of its own."""

from __future__ import annotations

import importlib
import pkgutil
import string
from collections.abc import Iterator

import pytest

from desktop.messages import Msg

CLI_MODULES = ("desktop.cli", "desktop.terminal", "sync.server.cli")


def _modules() -> Iterator[object]:
    for name in CLI_MODULES:
        module = importlib.import_module(name)
        yield module
        for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
            yield importlib.import_module(info.name)


def _messages_in(value: object, depth: int = 0) -> Iterator[Msg]:
    if isinstance(value, Msg):
        yield value
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _messages_in(item, depth + 1)
    elif depth < 2 and isinstance(value, tuple | list):
        for item in value:
            yield from _messages_in(item, depth + 1)


def _all_messages() -> list[tuple[str, Msg]]:
    found: dict[int, tuple[str, Msg]] = {}
    for module in _modules():
        for name, value in vars(module).items():
            for msg in _messages_in(value):
                found.setdefault(id(msg), (f"{module.__name__}.{name}", msg))
    return sorted(found.values(), key=lambda item: item[0])


MESSAGES = _all_messages()


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_scan_finds_the_messages_of_both_command_lines():
    where = {place.rsplit(".", 1)[0] for place, _ in MESSAGES}
    assert {"desktop.cli.sync_cmd", "desktop.cli.case_view", "desktop.terminal"} <= where
    assert any(w.startswith("sync.server.cli") for w in where)
    assert len(MESSAGES) > 60


@pytest.mark.parametrize(("place", "msg"), MESSAGES, ids=[p for p, _ in MESSAGES])
def test_both_languages_with_the_same_placeholders(place, msg):
    assert msg.code and msg.id.strip() and msg.en.strip()
    assert _placeholders(msg.id) == _placeholders(msg.en)


def test_one_text_per_code():
    texts: dict[str, tuple[str, str, str]] = {}
    clashes = []
    for place, msg in MESSAGES:
        seen = texts.setdefault(msg.code, (place, msg.id, msg.en))
        if seen[1:] != (msg.id, msg.en):
            clashes.append(f"{msg.code}: {seen[0]} and {place}")
    assert clashes == []
