"""One ContactDesk per database: a second start on the same database brings the first window to the front.

Each running ContactDesk listens on a local socket (QLocalServer) named after the database it has open and
the OS user, so a second start on that database finds it, asks it to come forward, and ends; a start on
another database, or by another user of the same computer, finds nobody and starts normally. A name left
behind by a crash is answered by nobody and is taken over.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Signal

try:  # hashlib would load OpenSSL (~2 ms of every start) for one small digest; this is its own SHA-256
    from _sha256 import sha256
except ImportError:  # Python 3.12 calls it _sha2: hashlib has it on every Python
    from hashlib import sha256

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# QtNetwork (~7 ms at start-up) is imported where a socket is made: a start that surely_alone() clears shows
# its window first and listens right after (ui/app.py).

from contactdesk.crm.locations import DatabaseLocation, UnsupportedDatabaseUrlError, parse_location
from contactdesk.ui.recent_databases import remembered_as

log = logging.getLogger(__name__)
ACTIVATE = "activate"
_ANSWER = b"ok"
_WAIT_MS = 1500
# Names this process answers on: asking ourselves would wait for an answer our own blocked loop cannot give.
_SERVED: set[str] = set()


def _os_user() -> str:
    # As getpass.getuser() finds it (importing getpass costs a start ~2 ms): the environment, then the account.
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(variable)
        if user:
            return user
    try:
        import pwd  # Unix only; Windows always sets USERNAME

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, OSError):  # a container without a user name: still one name per computer
        return ""


def server_name(target: str | Path | DatabaseLocation) -> str | None:
    """The local socket name for a database (None for an address that names no database)."""
    try:
        location = parse_location(target)
    except UnsupportedDatabaseUrlError:
        return None
    # normcase: on Windows C:\\Data and c:\\data are one file.
    where = os.path.normcase(remembered_as(location))
    digest = sha256(f"{_os_user()}\0{where}".encode()).hexdigest()
    return f"contactdesk-{digest[:32]}"  # short: a Unix socket path is limited to about 100 bytes


def hand_over(target: str | Path | DatabaseLocation, message: str = ACTIVATE) -> bool:
    """Pass `message` to the ContactDesk that has `target` open; False when none answers."""
    name = server_name(target)
    if name is None or name in _SERVED:
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_WAIT_MS):
        return False
    socket.write(message.encode("utf-8") + b"\n")
    socket.waitForBytesWritten(_WAIT_MS)
    answered = False
    # The answer means the running one has taken the request: only then may this start give way.
    while not answered and socket.waitForReadyRead(_WAIT_MS):
        answered = socket.canReadLine() and bytes(socket.readLine().data()).strip() == _ANSWER
    socket.disconnectFromServer()
    return answered


def surely_alone(target: str | Path | DatabaseLocation) -> bool:
    """True when no other ContactDesk can have `target` open, found without QtNetwork: on Unix, QLocalServer
    makes its socket file in the temp folder, and there is none under the database's name. Windows (named
    pipes) and a name left behind by a crash say False: claim() finds out."""
    if sys.platform == "win32":
        return False
    name = server_name(target)
    return name is None or not (Path(QDir.tempPath()) / name).exists()


class SingleInstance(QObject):
    """Owns the socket name of the database this ContactDesk has open and hears later starts on it."""

    message_received = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: QLocalServer | None = None

    def claim(self, target: str | Path | DatabaseLocation) -> bool:
        """Become the ContactDesk for `target`; False when another one has it (that one was asked forward)."""
        name = server_name(target)
        if name is None or (self.server is not None and self.server.serverName() == name):
            return True
        if hand_over(target):
            return False
        from PySide6.QtNetwork import QLocalServer

        self.release()
        server = QLocalServer(self)
        # Only this OS user may connect (on Unix the socket file is made private to the user).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            if hand_over(target):  # another start won the race between our question and listen
                server.deleteLater()
                return False
            # Nobody answers on the name: a ContactDesk that crashed left it behind.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                log.warning("cannot listen for later starts: %s", server.errorString())
                server.deleteLater()
                return True
        server.newConnection.connect(self._accept)
        self.server = server
        _SERVED.add(name)
        return True

    def release(self) -> None:
        """Stop answering for the database (another one is being opened, or the app ends)."""
        if self.server is not None:
            _SERVED.discard(self.server.serverName())
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _accept(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        message = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
        log.info("another start on this database: %s", message)
        self.message_received.emit(message)
        # Answered only now: the asking start ends on the answer, when the request has been carried out.
        socket.write(_ANSWER + b"\n")
        socket.flush()
        socket.disconnectFromServer()
