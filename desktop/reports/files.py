"""Writing an export whole or not at all.

The file is written under a hidden temporary name beside the target (same folder, so the
final rename is atomic), private (0600) from its first byte, and renamed into place only
when complete. A cancel or a failure removes the partial file: no half-written export, and
no personal data left behind under a name nobody knows.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.messages import HaloError, Msg
from desktop.private_fs import make_private

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
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(MSG_WRITE_FAILED, field="path", path=str(path), reason=reason)


def check_cancel(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yields the temporary path to write; on success it becomes `target` (replacing an
    older file of that name), on any exception it is removed and the exception goes on.
    An OSError becomes ExportWriteFailed (a message in both languages)."""
    target = Path(target)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
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


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
