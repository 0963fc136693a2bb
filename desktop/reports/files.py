"""Writing an export whole or not at all.

The file is written under a hidden temporary name beside the target (same folder, so the
final rename is atomic), private (0600) from its first byte, and renamed into place only
when complete. A cancel or a failure removes the partial file: no half-written export, and
no personal data left behind under a name nobody knows. A crash or a power cut cannot run
that clean-up: exports of personal data note their temporary file in the data folder
(PendingFiles) first, and the next login removes what a dead export left.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.messages import HaloError, Msg
from desktop.private_fs import make_private, write_private

MSG_CANCELLED = Msg("export_cancelled", "Ekspor dibatalkan; tidak ada berkas yang disimpan.",
                    "Export cancelled; no file was saved.")
MSG_WRITE_FAILED = Msg(
    "export_write_failed",
    "Berkas {path} tidak dapat disimpan ({reason}). Pilih folder lain atau periksa ruang disk.",
    "The file {path} could not be saved ({reason}). Choose another folder or check the "
    "disk space.")

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


class ExportCancelled(HaloError):
    def __init__(self) -> None:
        super().__init__(MSG_CANCELLED)


class ExportWriteFailed(HaloError):
    exit_code = 5  # the command line's "could not write; nothing was partly saved"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(MSG_WRITE_FAILED, field="path", path=str(path), reason=reason)


def check_cancel(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()


# Only names this module makes are ever swept: a tampered list cannot delete other files.
_TEMP_NAME = re.compile(r"\..+\.[0-9a-f]{8}\.part")
SWEEP_AFTER_S = 15 * 60  # an export never takes this long; a younger one may be running


def scratch_of(temp: Path) -> Path:
    """A private folder beside an export's temporary file for a library's own scratch files
    (XlsxWriter's constant-memory sheets): swept with it."""
    return temp.with_name(temp.name + ".d")


class PendingFiles:
    """The temporary files of exports under way, listed in the data folder (a JSON list of
    {"path", "at"}; 0600). Paths only: never a file's contents."""

    def __init__(self, registry: Path) -> None:
        self.registry = Path(registry)

    def add(self, temp: Path) -> None:
        self._save(self._load() + [{"path": str(temp), "at": time.time()}])

    def discard(self, temp: Path) -> None:
        self._save([e for e in self._load() if e.get("path") != str(temp)])

    def sweep(self, now: float | None = None) -> int:
        """Remove what exports that never finished left behind; returns how many."""
        now = time.time() if now is None else now
        keep, removed = [], 0
        for entry in self._load():
            path, at = Path(str(entry.get("path", ""))), entry.get("at", 0)
            if not isinstance(at, (int, float)) or now - at < SWEEP_AFTER_S:
                keep.append(entry)
                continue
            if _TEMP_NAME.fullmatch(path.name):
                removed += path.exists()
                _remove(path)
                shutil.rmtree(scratch_of(path), ignore_errors=True)
        self._save(keep)
        return removed

    def _load(self) -> list[dict]:
        try:
            data = json.loads(self.registry.read_text("utf-8"))
        except (OSError, ValueError):
            return []
        return [e for e in data if isinstance(e, dict)] if isinstance(data, list) else []

    def _save(self, entries: list[dict]) -> None:
        if not entries and not self.registry.exists():
            return
        temp = self.registry.with_name(self.registry.name + ".new")
        write_private(temp, json.dumps(entries).encode("utf-8"))
        os.replace(temp, self.registry)


@contextlib.contextmanager
def atomic_output(target: Path, pending: PendingFiles | None = None) -> Iterator[Path]:
    """Yields the temporary path to write; on success it becomes `target` (replacing an
    older file of that name), on any exception it is removed and the exception goes on.
    An OSError becomes ExportWriteFailed (a message in both languages). `pending`: where a
    file of personal data notes its temporary name until it is renamed or removed."""
    target = Path(target)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        if pending is not None:
            pending.add(temp)
        # Created empty and private before any library opens it by name.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        make_private(temp)
        yield temp
        os.replace(temp, target)
    except OSError as exc:
        _remove(temp)
        raise ExportWriteFailed(target, exc.strerror or type(exc).__name__) from exc
    except BaseException:
        _remove(temp)
        raise
    finally:
        shutil.rmtree(scratch_of(temp), ignore_errors=True)
        if pending is not None:
            with contextlib.suppress(OSError):
                pending.discard(temp)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
