"""The Merge dialog: options, template check with preview, letters in the background, and a summary.

Start it with `merge_flow.run_segment_merge(parent, segment_no)`, or with `start_merge` below, which
loads the merge engine (docxtpl, Jinja, lxml) only when a user first merges, not when the app starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from contactdesk.ui.merge.merge_run import MergeOutcome


def start_merge(parent: QWidget | None, segment_no: str, out_dir: Path | None = None) -> MergeOutcome | None:
    """run_segment_merge(), imported on first use."""
    from contactdesk.ui.merge.merge_flow import run_segment_merge

    return run_segment_merge(parent, segment_no, out_dir)
