"""The server's own files: folders 0700 and files 0600, whatever the umask.

The database holds personal data and the key file opens the escrowed unlock keys, so no
other account on the machine may read either. Modes are set explicitly after creating,
since the process umask may be anything (0o000 included).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path, *, tighten: bool = False) -> Path:
    """Create the folder and any missing parents 0700. An existing folder is tightened only
    with `tighten`, and only when it is ours and not a shared one (sticky, like /tmp)."""
    missing = []
    folder = path
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=DIR_MODE)
        except FileExistsError:  # another process made it just now
            continue
        os.chmod(created, DIR_MODE)
    if tighten and not missing:
        info = path.stat()
        ours = not hasattr(os, "getuid") or info.st_uid == os.getuid()
        if ours and not info.st_mode & stat.S_ISVTX:
            os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> None:
    """The file exists (empty if new) and only its owner may read or write it."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    tighten_file(path)


def tighten_file(path: Path) -> None:
    """0600 for a file the server made earlier (an older version followed the umask)."""
    with contextlib.suppress(FileNotFoundError, PermissionError):
        if stat.S_IMODE(path.stat().st_mode) != FILE_MODE:
            os.chmod(path, FILE_MODE)


def write_private(path: Path, data: bytes, *, replace: bool = True) -> bool:
    """Write `data` to `path` (0600) all at once: a crash leaves the old file or the new one,
    never a part. With replace=False an existing file is kept and False returned."""
    private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.chmod(tmp, FILE_MODE)
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        if replace:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if the file exists: two makers, one file
            except FileExistsError:
                return False
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    _sync_dir(path.parent)
    return True


def _sync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where folders cannot be opened, skip."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
