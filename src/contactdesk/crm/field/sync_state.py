"""A field laptop's sync state: whether its office answers right now (before offering to synchronise on start),
and when it last synchronised.

The office check is a TCP connection to its server, no login: it costs nothing on the road and never asks
for a password before the user chose to synchronise.
"""

from __future__ import annotations

import socket
from datetime import datetime

from contactdesk.crm.office_login import OfficeLogin
from contactdesk.store import field_sqlite

# Longer than a LAN or VPN needs to answer, short enough that a laptop on the road gives up quickly.
TIMEOUT_S = 2.0


def office_url(info: dict[str, str]) -> str:
    """The office's address as the laptop keeps it (older laptops: the shown address, less a masked password)."""
    return info.get("office_url") or info.get("office", "").replace(":***@", "@")


def office_server() -> tuple[str, int] | None:
    """Host and port of the bound laptop's office server; None on any other database or a SQLite office."""
    if not field_sqlite.is_laptop():
        return None
    login = OfficeLogin.from_url(office_url(field_sqlite.info()))
    if login is None:
        return None
    return login.host or "localhost", login.port


def answers(host: str, port: int, timeout: float = TIMEOUT_S) -> bool:
    """True when the server accepts a connection within `timeout` seconds (run it off the GUI thread)."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:  # refused, unreachable, no name, timed out: not now
        return False


def last_sync() -> datetime | None:
    """When the bound laptop last synchronised (naive UTC); None when never, or on any other database."""
    if not field_sqlite.is_laptop():
        return None
    text = field_sqlite.info().get("last_sync_at", "")
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
