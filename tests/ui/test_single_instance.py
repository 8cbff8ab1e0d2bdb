"""One ContactDesk per database: a second start on the same database brings the first forward and ends."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from tests import engines

from contactdesk.ui import single_instance
from contactdesk.ui.single_instance import SingleInstance, hand_over, server_name


def _answers(name: str) -> bool:
    """True when a ContactDesk listens on `name` (connects and leaves without asking anything)."""
    probe = QLocalSocket()
    probe.connectToServer(name)
    connected = probe.waitForConnected(200)
    probe.abort()
    return connected


class _App:
    """`python -m contactdesk ARGS` in its own process, offscreen, with settings and logs in the test's folder."""

    def __init__(self, home: Path) -> None:
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "CONTACTDESK_DATA_DIR": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
        }
        self.log = home / "data" / "logs" / "contactdesk.log"
        self.running: list[subprocess.Popen[str]] = []
        self.names: list[str] = []

    def start(self, *args: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "contactdesk", *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.running.append(process)
        return process

    def wait_listening(self, process: subprocess.Popen[str], target: str) -> None:
        name = server_name(target)
        assert name is not None
        self.names.append(name)
        deadline = time.monotonic() + 60
        while not _answers(name):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the first ContactDesk never came up"
            time.sleep(0.1)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "contactdesk", *args], env=self.env, capture_output=True, text=True, timeout=60
        )

    def stop(self) -> None:
        for process in self.running:
            if process.poll() is None:
                process.terminate()
                process.communicate(timeout=30)
        for name in self.names:  # a terminated process leaves its socket file behind, as a crash would
            QLocalServer.removeServer(name)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[_App]:
    """Real ContactDesk processes for the test; ended when it ends."""
    runner = _App(tmp_path)
    yield runner
    runner.stop()


@pytest.mark.slow
def test_a_second_start_on_the_same_database_brings_the_first_forward_and_ends(qapp, tmp_path: Path, app) -> None:  # type: ignore[no-untyped-def]
    target = engines.ready_database(tmp_path, "office")
    first = app.start("--db", target)
    app.wait_listening(first, target)
    started = time.monotonic()
    # As a file manager starts it: the database as the only word on the command line.
    second = app.run(target)
    assert (second.returncode, second.stdout) == (0, "")
    assert time.monotonic() - started < 20
    assert first.poll() is None
    assert "another start on this database: activate" in app.log.read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_quick_start_that_finds_its_database_taken_after_its_first_paint_gives_way(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path, app
) -> None:
    """Two starts at once: both saw no socket and painted; the later one's claim hands over and it ends."""
    target = engines.ready_database(tmp_path, "office")
    first = app.start("--db", target)
    app.wait_listening(first, target)
    code = (
        "import sys; import contactdesk.ui.single_instance as guard; import contactdesk.ui.app as app\n"
        "app.surely_alone = lambda target: True  # as if it had looked before the first one listened\n"
        "from contactdesk.cli import main; sys.exit(main(['--db', sys.argv[1]]))"
    )
    second = subprocess.run(
        [sys.executable, "-c", code, target], env=app.env, capture_output=True, text=True, timeout=60
    )
    assert second.returncode == 0, second.stderr
    assert first.poll() is None
    assert "another start on this database: activate" in app.log.read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_start_on_another_database_starts_normally(qapp, tmp_path: Path, app) -> None:  # type: ignore[no-untyped-def]
    target = engines.ready_database(tmp_path, "office")
    other = engines.ready_database(tmp_path, "branch")
    first = app.start("--db", target)
    app.wait_listening(first, target)
    second = app.start("--db", other)
    app.wait_listening(second, other)
    assert first.poll() is None and second.poll() is None


@pytest.mark.slow
def test_opening_a_database_another_contactdesk_has_open_brings_that_one_forward(  # type: ignore[no-untyped-def]
    window, tmp_path: Path, app
) -> None:
    other = engines.ready_database(tmp_path, "branch")
    first = app.start("--db", other)
    app.wait_listening(first, other)
    before = window.location
    window.actions_.open_target(other)
    assert window.location == before
    assert "another start on this database: activate" in app.log.read_text(encoding="utf-8")


def test_later_starts_are_heard_by_the_one_that_has_the_database(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "office.contactdesk"
    guard = SingleInstance()
    assert guard.claim(target)
    try:
        if sys.platform != "win32":  # only this OS user may ask: the socket file is private
            assert Path(guard.server.fullServerName()).stat().st_mode & 0o077 == 0  # type: ignore[union-attr]
        # Two later starts at once, each asking as hand_over does (without blocking: the answer needs this
        # thread's event loop, and PySide keeps the interpreter lock during a blocking wait).
        heard: list[str] = []
        guard.message_received.connect(heard.append)
        clients = [QLocalSocket() for _start in range(2)]
        for client in clients:
            client.connectToServer(server_name(target))
            client.write(b"activate\n")
        qtbot.waitUntil(lambda: all(client.canReadLine() for client in clients), timeout=5000)
        assert heard == ["activate", "activate"]
        assert [bytes(client.readLine().data()) for client in clients] == [b"ok\n", b"ok\n"]
        assert not hand_over(tmp_path / "branch.contactdesk")  # nobody has that one open
    finally:
        guard.release()
    assert not _answers(server_name(target) or "")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows pipes vanish with their process")
def test_a_name_left_behind_by_a_crash_does_not_block_a_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "office.contactdesk"
    name = server_name(target)
    assert name is not None
    # What a killed ContactDesk leaves behind: the socket file, with nobody listening on it.
    left = Path(QDir.tempPath()) / name
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(str(left))
    guard = SingleInstance()
    try:
        assert guard.claim(target)
        assert _answers(name)
    finally:
        guard.release()


def test_the_name_follows_the_database_and_the_user_never_the_password(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    assert server_name("office.contactdesk") == server_name(tmp_path / "sub" / ".." / "office.contactdesk")
    assert server_name("office.contactdesk") != server_name("branch.contactdesk")
    assert server_name("postgresql://anna:secret@db.example/crm") == server_name(
        "postgresql://anna@db.example:5432/crm"
    )
    assert server_name("postgresql://anna@db.example/crm") != server_name("postgresql://bert@db.example/crm")
    anna = server_name("office.contactdesk")
    monkeypatch.setattr(single_instance, "_os_user", lambda: "somebody-else")
    assert server_name("office.contactdesk") != anna
    assert server_name("mysql+nothing://x/y") is None
