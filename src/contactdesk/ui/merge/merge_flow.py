"""The one call that merges a segment from anywhere in the GUI (the worksheet, the Log Segment dialog).

    outcome = run_segment_merge(parent, "SEG00003")                # the user picks the folder
    outcome = run_segment_merge(parent, "SEG00003", out_dir=path)  # the folder is proposed

It shows the Merge dialog modally and returns once the user closes it: a MergeOutcome when letters were
written (check `outcome.cancelled`: a cancelled merge keeps the letters it finished), None when the user
closed the dialog before merging or the segment could not be read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from contactdesk.ui.merge.merge_dialog import open_merge_dialog
from contactdesk.ui.merge.merge_run import MergeOutcome


def run_segment_merge(parent: QWidget | None, segment_no: str, out_dir: Path | None = None) -> MergeOutcome | None:
    """Options, template check and preview, the merge with progress and Cancel, and the summary."""
    dialog = open_merge_dialog(segment_no, Path(out_dir) if out_dir is not None else None, parent)
    if dialog is None:
        return None
    try:
        dialog.exec()
        return dialog.outcome
    finally:
        dialog.deleteLater()


__all__ = ["MergeOutcome", "run_segment_merge"]
