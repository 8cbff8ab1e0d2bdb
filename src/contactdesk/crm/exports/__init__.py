"""Exporting contacts to our own CSV layout and to vCard 3.0/4.0 (the import reads both back)."""

from __future__ import annotations

from contactdesk.crm.exports.exporter import count_contacts, export_contacts, export_format
from contactdesk.crm.exports.selection import ALL, SEARCH, SEGMENT, ExportScope, list_segments

__all__ = [
    "ALL",
    "SEARCH",
    "SEGMENT",
    "ExportScope",
    "count_contacts",
    "export_contacts",
    "export_format",
    "list_segments",
]
