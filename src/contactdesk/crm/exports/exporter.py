"""Export contacts to a .csv or .vcf file; the file appears complete or not at all."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from contactdesk.crm.errors import ExportFileError
from contactdesk.crm.exports import selection
from contactdesk.crm.exports.csv_export import DEFAULT_DELIMITER, write_csv
from contactdesk.crm.exports.selection import ExportScope
from contactdesk.crm.exports.vcard_export import VERSIONS, write_vcards
from contactdesk.crm.imports.queries import tuples
from contactdesk.store.models import Country

CSV_EXTENSIONS = (".csv", ".txt")
VCARD_EXTENSIONS = (".vcf", ".vcard")


def export_format(path: str | Path) -> str:
    """'csv' or 'vcard', from the file's extension."""
    suffix = Path(path).suffix.lower()
    if suffix in CSV_EXTENSIONS:
        return "csv"
    if suffix in VCARD_EXTENSIONS:
        return "vcard"
    raise ExportFileError(str(path), "unsupported", suffix)


def count_contacts(scope: ExportScope) -> int:
    """How many contacts the scope holds (for the progress dialog's maximum)."""
    return len(selection.contact_ids(scope))


def export_contacts(
    path: str | Path,
    scope: ExportScope | None = None,
    vcard_version: str = "3.0",
    delimiter: str = DEFAULT_DELIMITER,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the scope's contacts to `path`; returns how many were written.

    Written to a temporary file beside the target and renamed into place, so a cancel or a full disk
    never leaves half a file where the user expects an export.
    """
    target = Path(path)
    kind = export_format(target)
    if kind == "vcard" and vcard_version not in VERSIONS:
        raise ExportFileError(str(path), "unsupported", vcard_version)
    ids = selection.contact_ids(scope or ExportScope())
    records = selection.records(ids)
    folder = target.parent if str(target.parent) else Path(".")
    # Not tempfile.mkstemp: its files are private (0600); an export gets the user's usual permissions.
    temporary = folder / f".{target.name}.{uuid.uuid4().hex[:8]}.part"
    try:
        if kind == "csv":
            with open(temporary, "x", encoding="utf-8-sig", newline="") as stream:
                count = write_csv(stream, records, delimiter, progress)
        else:
            names = {str(code): str(name) for code, name in tuples(Country.select(Country.code, Country.name))}
            with open(temporary, "x", encoding="utf-8", newline="") as stream:
                count = write_vcards(stream, records, vcard_version, names, progress)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportFileError(str(path), "unwritable", exc.strerror or str(exc)) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(count)
    return count
