"""The columns of Setup → Field laptops: one row a laptop the office knows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contactdesk.crm.field.devices import FieldLaptop
from contactdesk.ui.formatting import stamp
from contactdesk.ui.models.column_model import Column
from contactdesk.ui.placeholders import fill

translate = QCoreApplication.translate


def last_sync_text(laptop: FieldLaptop) -> str:
    """When the laptop last synchronised, or that it never did."""
    return stamp(laptop.last_sync) if laptop.last_sync is not None else translate("FieldLaptops", "never")


def state_text(laptop: FieldLaptop) -> str:
    """Whether the laptop may still sync, in words (not a colour only)."""
    if laptop.expired:
        return translate("FieldLaptops", "Expired: must check out again")
    return translate("FieldLaptops", "Current")


def blocks_text(laptop: FieldLaptop) -> str:
    """The laptop's number blocks, series by series."""
    return ", ".join(
        fill(translate("FieldLaptops", "%1: %2–%3"), series, str(first), str(last))
        for series, (first, last) in sorted(laptop.blocks.items())
    )


def laptop_columns() -> list[Column[FieldLaptop]]:
    """Device, login, computer, scope, checkout, last sync, state, schema, number blocks (long: last)."""
    return [
        Column(lambda: translate("FieldLaptops", "Device"), lambda r: r.device, align_right=True),
        Column(lambda: translate("FieldLaptops", "Login"), lambda r: r.login),
        Column(lambda: translate("FieldLaptops", "Computer"), lambda r: r.host),
        Column(lambda: translate("FieldLaptops", "Scope"), lambda r: r.scope),
        Column(lambda: translate("FieldLaptops", "Checked out"), lambda r: r.checked_out_at),
        Column(
            lambda: translate("FieldLaptops", "Last sync"),
            lambda r: r.last_sync.isoformat() if r.last_sync is not None else "",
            display=last_sync_text,
        ),
        Column(lambda: translate("FieldLaptops", "State"), lambda r: r.expired, display=state_text),
        Column(lambda: translate("FieldLaptops", "Schema"), lambda r: r.schema_version, align_right=True),
        Column(lambda: translate("FieldLaptops", "Number blocks"), blocks_text, tooltip=blocks_text),
    ]
