"""Where an admin command's output goes: standard output ("-"), or a file written whole
with mode 0600 (it may hold personal data) or not at all."""

from __future__ import annotations

from pathlib import Path

from desktop.messages import HaloError, Msg
from sync.server.files import write_private

STDOUT = "-"
MSG_CANNOT_WRITE = Msg(
    "server_cli_cannot_write",
    "Berkas {path} tidak dapat ditulis: {reason}",
    "The file {path} cannot be written: {reason}")


def save_output(path: Path, data: bytes, msg: Msg = MSG_CANNOT_WRITE) -> Path:
    """Write the file whole (0600) or raise `msg` saying why not (path, reason)."""
    try:
        write_private(path, data)
    except OSError as exc:
        raise HaloError(msg, field="output", path=str(path),
                        reason=exc.strerror or type(exc).__name__) from None
    return path
