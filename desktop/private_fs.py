"""What this program writes is its owner's alone: files 0600 and folders 0700, whatever the
umask of the process that writes them (DESIGN.md §4, security 7).

The entry points also narrow the umask, so a library that creates a file of its own (SQLite's
journal, a zip) cannot make it readable by others; the explicit modes here hold where a
caller forgot. On Windows chmod only sets the read-only flag: there the per-user application
data folder (%LOCALAPPDATA%), whose ACL admits only that user and the system, does this job.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PRIVATE_UMASK = 0o077
_POSIX = os.name == "posix"


def restrict_umask() -> None:
    """For entry points: everything this process creates is private from the start."""
    os.umask(PRIVATE_UMASK)


def private_dir(path: Path) -> Path:
    """The folder, created if needed (with any missing parents), readable by this user only."""
    path = Path(path)
    missing = []
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR, exist_ok=True)
        if _POSIX:
            os.chmod(folder, PRIVATE_DIR)
    path = missing[0] if missing else path
    if _POSIX:
        os.chmod(path, PRIVATE_DIR)
    return path


def make_private(*paths: Path) -> None:
    """Files that exist, made readable by this user only."""
    if _POSIX:
        for path in paths:
            os.chmod(path, PRIVATE_FILE)


def private_opener(path: str, flags: int) -> int:
    """For open(..., opener=): the file is 0600 even under a permissive umask."""
    fd = os.open(path, flags, PRIVATE_FILE)
    if _POSIX:
        os.fchmod(fd, PRIVATE_FILE)
    return fd


def write_private(path: Path, data: bytes) -> None:
    """Write (or overwrite) a file readable by this user only: an exported receipt or
    letter holds a worker's personal data."""
    with open(path, "wb", opener=private_opener) as fh:
        fh.write(data)

