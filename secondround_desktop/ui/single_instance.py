"""One app per data folder: a second launch brings the running window to the front and exits.

Who owns the folder is decided by the OS lock in ``core.instance`` (dropped by the kernel when a process
dies, so a crash never blocks the next start). The local socket only carries the message "come to the
front" from the second launch to the first; its name is derived from the user and the data folder, so
two different ``--data-dir`` folders run side by side. It is a Unix-domain socket (a named pipe on
Windows) that only this user may connect to: nothing here touches the network.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from secondround_desktop.core.instance import InstanceLock, instance_key

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
ACKNOWLEDGED = b"ok\n"
# The first app starts listening right after it takes the lock, before it opens the database, so the
# wait is short; it is bounded all the same, for a first app that hangs.
CONNECT_PATIENCE_S = 5.0
ANSWER_PATIENCE_MS = 3000


class SingleInstance(QObject):
    activationRequested = Signal()  # another launch asked for this app's window

    def __init__(
        self, data_dir: Path, lock: InstanceLock | None = None, parent: QObject | None = None
    ) -> None:
        """``lock``: the folder's lock, when the caller took it already."""
        super().__init__(parent)
        self.lock = lock or InstanceLock(data_dir)
        self.server_name = instance_key(data_dir)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the data folder for this process and listen for later launches; False if another has it."""
        if not self.lock.acquire():
            return False
        self.listen()
        return True

    def listen(self) -> None:
        """Listen for later launches; only for the holder of the lock."""
        # A socket file left by a crashed run would make listen() fail; holding the lock proves that no
        # live app owns it.
        QLocalServer.removeServer(self.server_name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.server_name):
            server.newConnection.connect(self._on_new_connection)
            self._server = server
            log.info("listening for other launches on %s", self.server_name)
        else:  # later launches then cannot raise this window; they still never touch the database
            log.warning("cannot listen for other launches: %s", server.errorString())

    def ask_running_to_show(self) -> bool:
        """From a second launch: ask the app that holds the folder to come to the front. True if it heard."""
        deadline = time.monotonic() + CONNECT_PATIENCE_S
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(500):
                socket.write(ACTIVATE)
                sent = socket.waitForBytesWritten(ANSWER_PATIENCE_MS)
                answered = socket.waitForReadyRead(ANSWER_PATIENCE_MS) and bytes(
                    socket.readAll().data()
                ).startswith(ACKNOWLEDGED)
                socket.disconnectFromServer()
                # Written is enough: the running app reads it once its event loop turns.
                return answered or sent
            if time.monotonic() >= deadline:
                log.warning(
                    "the running app did not answer on %s: %s", self.server_name, socket.errorString()
                )
                return False
            time.sleep(0.1)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self.lock.release()

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._on_message(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._on_message(connection)

    def _on_message(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return
        message = bytes(connection.readLine().data())
        if message == ACTIVATE:
            log.info("another launch asked for the window; bringing it to the front")
            connection.write(ACKNOWLEDGED)
            connection.flush()
            self.activationRequested.emit()
        connection.disconnectFromServer()


def bring_to_front(window: QWidget) -> None:
    """Show the window un-minimised, above the others, with the keyboard focus."""
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()
