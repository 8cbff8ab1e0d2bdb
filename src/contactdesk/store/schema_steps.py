"""The schema's migration steps by version, and the version a current database has (LATEST).

A module of its own that imports nothing: a start compares the file's version with LATEST before the window's
first paint (store/first_page.py), without loading the migrations package.
"""

from __future__ import annotations

# STEPS[n] (a module of this package, its apply()) upgrades a file from version n - 1 to version n. By name, imported
# only when a step runs: an up-to-date database (every start but the first after an update) needs none of them,
# and they pull in playhouse.migrate and with it the PostgreSQL driver (tests/test_startup_imports.py).
STEPS: dict[int, str] = {
    2: "m0002_contact_search",
    3: "m0003_contact_fulltext",
    4: "m0004_segment_history_lines",
    5: "m0005_logged_segment_undo",
    6: "m0006_documents_in_database",
    7: "m0007_edit_versions",
    8: "m0008_users",
    9: "m0009_contact_list_indexes",
    10: "m0010_campaigns",
    11: "m0011_cover_sheet_template",
    12: "m0012_logged_segment_documents",
    13: "m0013_field_devices",
    14: "m0014_field_sync",
}
LATEST = max(STEPS)
