"""Architecture rules of DESIGN.md §3, checked on the source tree with `ast`.

- Synced tables are written only through the outbox (desktop/store/outbox.py).
- The core (desktop/ outside desktop/ui/) and sync/ import no Qt at all.
- UI code runs no SQL: no SQL text, no query()/execute() calls, no database drivers.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.store.schema import SYNCED_TABLES

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"
STORE = DESKTOP / "store"
UI = DESKTOP / "ui"
SYNC = ROOT / "sync"

# Within desktop/store/ only these may write synced tables with SQL text.
OUTBOX_WRITERS = {"outbox.py", "replica.py", "schema.py"}

QT_PACKAGES = ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "qtpy")
DB_DRIVERS = ("sqlite3", "sqlcipher3", "sqlite_utils", "apsw")
SQL_CALLS = {"query", "query_one", "query_dicts", "execute", "executemany", "executescript"}


def _py_files(base: Path, exclude: tuple[Path, ...] = ()) -> list[Path]:
    if not base.exists():
        return []
    return sorted(p for p in base.rglob("*.py")
                  if not any(p.is_relative_to(e) for e in exclude) and "__pycache__" not in p.parts)


def _parse(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def string_literals(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string constant, with f-strings flattened ('{}' where a value is inserted)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) and isinstance(v.value, str)
                           else "{}" for v in node.values)
            found.append((node.lineno, text))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.lineno, node.value))
    return found


_TABLE = r"""(?:\s+["'`\[]?(?P<table>\{\}|\w+)|\s*$)"""
_SQL_WRITE = re.compile(
    r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|DELETE\s+FROM)" + _TABLE
    + r"|\bUPDATE(?:\s+OR\s+\w+)?\s+[\"'`\[]?(?P<utable>\{\}|\w+)[\"'`\]]?\s+SET\b",
    re.IGNORECASE,
)


def synced_table_writes(text: str) -> list[str]:
    """Synced tables written by this SQL text ('{}' when the table name is computed)."""
    hits = []
    for m in _SQL_WRITE.finditer(text):
        table = m.group("table") or m.group("utable") or "{}"
        if table == "{}" or table.lower() in SYNCED_TABLES.values():
            hits.append(table)
    return hits


def _write_offenders(files: list[Path]) -> list[str]:
    offenders = []
    for path in files:
        for lineno, text in string_literals(_parse(path)):
            for table in synced_table_writes(text):
                offenders.append(f"{_rel(path)}:{lineno} writes {table}")
    return offenders


# -- the detector itself --------------------------------------------------------------------

@pytest.mark.parametrize("source", [
    'sql = "INSERT INTO cases (id) VALUES (?)"',
    'sql = "insert into workers (id) values (?)"',
    'sql = "INSERT OR REPLACE INTO audit_log VALUES (?)"',
    'sql = "REPLACE INTO users VALUES (?)"',
    'sql = f"UPDATE case_documents SET state = {x!r}"',
    'sql = """\n  UPDATE\n    events\n  SET summary = ?"""',
    'sql = "DELETE FROM complainants WHERE id = ?"',
    'sql = f"DELETE FROM {table} WHERE id = ?"',
    'sql = "INSERT INTO " + table',
])
def test_detector_finds_writes_to_synced_tables(tmp_path, source):
    path = tmp_path / "sample.py"
    path.write_text(source + "\n")
    tree = _parse(path)
    assert any(synced_table_writes(t) for _, t in string_literals(tree)), source


@pytest.mark.parametrize("text", [
    "SELECT * FROM cases WHERE id = ?",
    "INSERT INTO meta (key, value) VALUES (?, ?)",
    "UPDATE meta SET value = ?",
    "DELETE FROM case_search WHERE rowid = ?",
    "Every update is recorded; the cases are updated by officers.",
    "Delete from the list the cases that were closed.",
])
def test_detector_ignores_reads_local_tables_and_prose(text):
    assert synced_table_writes(text) == []


# -- the rules ------------------------------------------------------------------------------

def test_synced_tables_are_written_only_through_the_outbox():
    files = _py_files(DESKTOP, exclude=(STORE,))
    assert len(files) > 10  # the scan really looked at the core
    assert _write_offenders(files) == []


def test_inside_the_store_only_the_outbox_and_schema_write_synced_tables():
    files = [p for p in _py_files(STORE)
             if p.name not in OUTBOX_WRITERS and not p.name.startswith("migration")
             and "migrations" not in p.relative_to(STORE).parts]
    assert files
    assert _write_offenders(files) == []
    # And the outbox really is where the writes are (the rule is not vacuous).
    assert _write_offenders([STORE / "outbox.py"])


def _qt_imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Name) and node.func.id == "__import__")
                   or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module"))):
            names = [node.args[0].value]
        found += [(node.lineno, n) for n in names if n.split(".")[0] in QT_PACKAGES]
    return found


def test_detector_finds_qt_imports():
    tree = ast.parse(textwrap.dedent("""
        import os
        from PySide6.QtWidgets import QWidget
        import PySide6.QtCore
        def later():
            import importlib
            importlib.import_module("PySide6.QtGui")
            __import__("shiboken6")
    """))
    assert [n for _, n in _qt_imports(tree)] == [
        "PySide6.QtWidgets", "PySide6.QtCore", "PySide6.QtGui", "shiboken6"]


def test_core_and_sync_import_no_qt():
    files = _py_files(DESKTOP, exclude=(UI,)) + _py_files(SYNC)
    assert len(files) > 10
    offenders = [f"{_rel(p)}:{line} imports {name}"
                 for p in files for line, name in _qt_imports(_parse(p))]
    assert offenders == []


def test_importing_the_core_loads_no_qt():
    """Transitive imports too: a helper library must not pull Qt into the core."""
    code = textwrap.dedent("""
        import importlib, pkgutil, sys
        import desktop, desktop.core, desktop.app_context, desktop.messages
        for pkg in ("desktop.services", "desktop.store", "desktop.domain", "desktop.crypto",
                    "desktop.receipt", "sync"):
            mod = importlib.import_module(pkg)
            for info in pkgutil.walk_packages(mod.__path__, pkg + "."):
                if info.name.rsplit(".", 1)[-1] != "__main__":
                    importlib.import_module(info.name)
        qt = sorted(m for m in sys.modules if m.split(".")[0] in QT_PACKAGES)
        print("QT:" + ",".join(qt))
    """).replace("QT_PACKAGES", repr(QT_PACKAGES))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "QT:"


_UI_SQL = re.compile(
    r"\bSELECT\s.+?\bFROM\b|\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\S+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bCREATE\s+(?:TABLE|INDEX|TRIGGER|VIEW)\b|\bPRAGMA\s+\w+",
    re.DOTALL,
)


def _ui_sql_offenders(files: list[Path]) -> list[str]:
    offenders = []
    for path in files:
        tree = _parse(path)
        for lineno, text in string_literals(tree):
            if _UI_SQL.search(text):
                offenders.append(f"{_rel(path)}:{lineno} SQL text")
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in SQL_CALLS):
                offenders.append(f"{_rel(path)}:{node.lineno} calls .{node.func.attr}()")
            elif isinstance(node, ast.Attribute) and node.attr == "raw_connection":
                offenders.append(f"{_rel(path)}:{node.lineno} uses raw_connection")
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""])
                offenders += [f"{_rel(path)}:{node.lineno} imports {n}" for n in names
                              if n.split(".")[0] in DB_DRIVERS or n.startswith("desktop.store")]
    return offenders


def test_ui_detector_catches_sql(tmp_path):
    sample = tmp_path / "widget.py"
    sample.write_text(textwrap.dedent('''
        import sqlite3
        from desktop.store.store import Store
        def load(core, seq):
            rows = core.store.query("SELECT name FROM workers WHERE seq = ?", (seq,))
            core.store.raw_connection.execute("DELETE FROM cases")
            label = "Select a case from the list"
            return rows, label
    '''))
    found = _ui_sql_offenders([sample])
    assert any("SQL text" in f for f in found)
    assert any(".query()" in f for f in found)
    assert any(".execute()" in f for f in found)
    assert any("raw_connection" in f for f in found)
    assert any("imports sqlite3" in f for f in found)
    assert any("imports desktop.store" in f for f in found)
    assert sum("SQL text" in f for f in found) == 2  # the English label is not SQL


def test_ui_runs_no_sql():
    files = _py_files(UI)
    assert files  # desktop/ui exists
    assert _ui_sql_offenders(files) == []


# -- the import contracts (pyproject.toml, [tool.importlinter]) ------------------------------

def _contracts() -> list[dict]:
    import tomllib

    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["tool"]["importlinter"]["contracts"]


def test_every_room_of_the_desktop_is_in_the_layers():
    """A new package or module left out of the layers would be free of every rule."""
    [layers] = [c for c in _contracts() if c["type"] == "layers" and "containers" not in c]
    named = {m.strip() for layer in layers["layers"] for m in layer.split("|")}
    rooms = {f"desktop.{p.stem if p.is_file() else p.name}" for p in DESKTOP.iterdir()
             if (p.suffix == ".py" and p.stem != "__init__")
             or (p.is_dir() and (p / "__init__.py").exists())}
    assert rooms - named == set()
    assert named - rooms == set()


def test_the_contracts_catch_what_they_are_written_for(tmp_path):
    """A copy of the house with one broken rule per contract: lint-imports must name each."""
    import shutil

    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    for name in ("desktop", "sync"):
        shutil.copytree(ROOT / name, tmp_path / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.qm", "translations"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    plant = {
        "desktop/services/audit.py": "import desktop.ui.app  # services above the UI\n",
        "sync/server/logs.py": "import desktop.store.store  # the server on the store\n",
        "sync/protocol.py": "import desktop.messages  # the contract on the desktop\n",
        "sync/credentials.py": "import sync.server.errors  # the contract on the server\n",
        "desktop/domain/status.py": "import desktop.domain.validation  # a circle\n",
        "desktop/domain/validation.py": "import desktop.domain.status  # a circle\n",
    }
    for rel, line in plant.items():
        path = tmp_path / rel
        path.write_text(path.read_text(encoding="utf-8") + "\n" + line, encoding="utf-8")
    out = subprocess.run([str(lint), "--no-cache"], cwd=tmp_path, capture_output=True,
                         text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert out.returncode != 0
    said = " ".join(out.stdout.split())
    kept = [c["name"] for c in _contracts() if f"{' '.join(c['name'].split())} BROKEN" not in said]
    assert kept == [], out.stdout[-3000:]
