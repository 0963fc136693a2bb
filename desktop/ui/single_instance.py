"""One running copy per data folder: a second start brings the first to the front.

Two copies on one data folder would both write its database and both run sync. The first
copy holds a lock file and listens on a local socket (a named pipe on Windows) whose name
is a hash of the resolved data folder and the OS user; a later start finds the lock taken,
tells the first copy through the socket to show itself, and ends.

After a crash the lock names a process that no longer runs, so QLockFile treats it as
stale; the socket file the crashed copy left behind is removed before listening again.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_MS = 1000
# A first copy may hold the lock but not listen yet (it is just starting): ask a few times.
CONNECT_ATTEMPTS = 3


def instance_name(data_dir: Path) -> str:
    """The socket's name for `data_dir`: the same folder spelt differently gives the same."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        user = ""
    key = f"{Path(data_dir).expanduser().resolve()}\0{user}"
    return "halotki-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """`claim()` once at start; keep the object for the program's lifetime."""

    activated = Signal()  # another start asked this copy to come to the front

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = instance_name(data_dir)
        self._lock = QLockFile(QDir(QDir.tempPath()).filePath(self.name + ".lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: this is the only copy, now listening. False: another copy runs and was
        asked to come to the front; this one should end."""
        if not self._lock.tryLock(100):
            self._ask_first_copy()
            return False
        # We hold the lock, so a socket of that name is a crashed copy's leftover.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Still the only copy (the lock says so): run, just without being found.
            log.warning("single instance: cannot listen on %s: %s", self.name,
                        server.errorString())
            return True
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _ask_first_copy(self) -> None:
        for _attempt in range(CONNECT_ATTEMPTS):
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(CONNECT_MS):
                socket.write(ACTIVATE)
                socket.waitForBytesWritten(CONNECT_MS)
                socket.disconnectFromServer()
                return
        log.warning("single instance: another copy holds the lock but does not answer")

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():  # a line may arrive in pieces: wait for its end
            if bytes(socket.readLine().data()) == ACTIVATE:
                self.activated.emit()


def bring_to_front(window: QWidget | None) -> None:
    """Show `window` normal-sized on top and give it the keyboard (when the OS lets it)."""
    if window is None:
        return
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
