"""ContactDesk: contacts, segments, interactions and mail-merged letters on one desktop."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "ContactDesk"
APP_ORG = "ContactDesk"
