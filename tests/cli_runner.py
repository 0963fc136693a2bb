"""Running the command-line programs in tests: `halotki` and `halotki-server`.

In-process (`CliRunner`, the `cli_runner` fixture in tests/conftest.py) a program's
`main(argv)` runs with a clean HALOTKI_* environment plus the variables given, a fake
stdin, and its output captured; as a real process (`run_halotki_subprocess`) the same
environment, for what a person sees on a terminal. Either way the result is a `CliResult`
and a Python traceback in the output fails the test.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
ENV_PREFIX = "HALOTKI_"
HALOTKI = ("-m", "desktop.cli.main")  # how `python` runs the `halotki` program
SUBPROCESS_TIMEOUT_S = 120

Env = Mapping[str, str | None]  # None: the variable is unset


class CliResult(NamedTuple):
    """Exit code and captured output; unpacks as (code, out, err)."""

    code: int
    out: str
    err: str

    @property
    def line(self) -> str:
        """The one message line on stderr (asserts there is exactly one, a `halotki:` line)."""
        lines = self.err.splitlines()
        assert len(lines) == 1, f"expected one line on stderr, got: {self.err!r}"
        assert lines[0].startswith("halotki: "), lines[0]
        return lines[0]


def halotki_env(*, user: str | None = None, password: str | None = None,
                fast_kdf: bool = True, env: Env | None = None) -> dict[str, str | None]:
    """The variables a `halotki` run sees on top of an environment without any HALOTKI_*."""
    return {"HALOTKI_TEST_FAST_KDF": "1" if fast_kdf else None,
            "HALOTKI_USER": user, "HALOTKI_PASSWORD": password, **(env or {})}


def halotki_argv(argv: Sequence[str], *, data_dir: Path | str | None = None,
                 lang: str | None = None) -> list[str]:
    return [*(["--data-dir", str(data_dir)] if data_dir is not None else []),
            *(["--lang", lang] if lang else []), *argv]


def process_env(env: Env) -> dict[str, str]:
    """The whole environment of a child process (run from ROOT): this one's without any
    HALOTKI_*, plus `env` (e.g. halotki_env(...)), with the project on PYTHONPATH."""
    full = {k: v for k, v in os.environ.items() if not k.startswith(ENV_PREFIX)}
    for name, value in env.items():
        if value is None:
            full.pop(name, None)
        else:
            full[name] = value
    full["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), full.get("PYTHONPATH")) if p)
    return full


def _assert_no_traceback(out: str, err: str) -> None:
    assert "Traceback" not in out and "Traceback" not in err, out + err


class CliRunner:
    """Runs a program's `main(argv)` in-process; see the module's docstring."""

    def __init__(self, monkeypatch, capsys) -> None:
        self._monkeypatch, self._capsys = monkeypatch, capsys

    def run(self, main: Callable[[list[str]], int], argv: Sequence[str], *,
            env: Env | None = None, stdin: str = "") -> CliResult:
        with self._monkeypatch.context() as m:
            for name in [k for k in os.environ if k.startswith(ENV_PREFIX)]:
                m.delenv(name)
            for name, value in (env or {}).items():
                if value is None:
                    m.delenv(name, raising=False)
                else:
                    m.setenv(name, value)
            m.setattr(sys, "stdin", io.StringIO(stdin))
            self._capsys.readouterr()
            code = main(list(argv))
            out, err = self._capsys.readouterr()
        _assert_no_traceback(out, err)
        return CliResult(code, out, err)

    def halotki(self, *argv: str, data_dir: Path | str | None = None, user: str | None = None,
                password: str | None = None, stdin: str = "", lang: str | None = None,
                fast_kdf: bool = True, env: Env | None = None) -> CliResult:
        """`halotki [--data-dir DIR] [--lang L] ARGV...` as `user` with `password` (None:
        HALOTKI_USER / HALOTKI_PASSWORD unset); HALOTKI_TEST_FAST_KDF=1 unless fast_kdf=False."""
        from desktop.cli.main import main

        return self.run(main, halotki_argv(argv, data_dir=data_dir, lang=lang),
                        env=halotki_env(user=user, password=password, fast_kdf=fast_kdf, env=env),
                        stdin=stdin)

    def server(self, db_url: str, *argv: str, stdin: str = "", lang: str = "en",
               env: Env | None = None) -> CliResult:
        """`halotki-server --lang L --db DB_URL ARGV...` (HALOTKI_TEST_FAST_KDF=1)."""
        from sync.server.cli.main import main

        return self.run(main, ["--lang", lang, "--db", db_url, *argv],
                        env={"HALOTKI_TEST_FAST_KDF": "1", **(env or {})}, stdin=stdin)

    def bind(self, data_dir: Path, **defaults) -> Halotki:
        return Halotki(self, data_dir, **defaults)


class Halotki:
    """`halotki` on one data folder, with default options (user, password, lang, ...)
    that each call may override."""

    def __init__(self, runner: CliRunner, data_dir: Path, **defaults) -> None:
        from desktop.paths import DataPaths

        self.runner, self.data_dir, self.defaults = runner, Path(data_dir), defaults
        self.paths = DataPaths(self.data_dir)

    def __call__(self, *argv: str, **options) -> CliResult:
        return self.runner.halotki(*argv, data_dir=self.data_dir, **{**self.defaults, **options})

    def core(self, user: str | None = None, password: str | None = None):
        """A core logged in directly (the default user unless given)."""
        from desktop.session.login import log_in
        from tests.conftest import TEST_KDF

        return log_in(self.paths, user or self.defaults["user"],
                      password or self.defaults["password"], TEST_KDF)

    def log_text(self) -> str:
        log = self.paths.logs / "halotki.log"
        return log.read_text(encoding="utf-8") if log.exists() else ""


def run_halotki_subprocess(*argv: str, data_dir: Path | str | None = None,
                           user: str | None = None, password: str | None = None,
                           stdin: str = "", lang: str | None = None, fast_kdf: bool = True,
                           env: Env | None = None, program: Sequence[str] = HALOTKI,
                           timeout: float = SUBPROCESS_TIMEOUT_S) -> CliResult:
    """The same run as `CliRunner.halotki`, as a real `python -m desktop.cli.main` process
    (or `program`, e.g. ("-c", script)); bounded by `timeout`."""
    proc = subprocess.run([sys.executable, *program,
                           *halotki_argv(argv, data_dir=data_dir, lang=lang)],
                          cwd=ROOT, env=process_env(halotki_env(user=user, password=password,
                                                                fast_kdf=fast_kdf, env=env)),
                          input=stdin, capture_output=True, text=True, timeout=timeout)
    _assert_no_traceback(proc.stdout, proc.stderr)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def drop_log_handlers() -> None:
    """Close the log file handlers the desktop attaches to the root logger."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_halotki", False)]:
        root.removeHandler(handler)
        handler.close()
