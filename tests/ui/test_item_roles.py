"""The row role is defined once, and every list model answers it with the row behind the index."""

from __future__ import annotations

import ast
from pathlib import Path

from contactdesk.ui.models import item_roles

UI = Path(item_roles.__file__).parents[1]


def _role_definitions() -> dict[str, list[str]]:
    """Module-level assignments of `… = Qt.ItemDataRole.UserRole + n` (or item_roles' USER_ROLE + n), by module."""
    found: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            value = ast.unparse(node.value) if isinstance(node, ast.Assign) else ""
            if "UserRole +" in value or "USER_ROLE +" in value:
                names = [ast.unparse(target) for target in node.targets]
                found.setdefault(path.relative_to(UI).as_posix(), []).extend(names)
    return found


def test_the_row_role_is_defined_in_one_module() -> None:
    defined_where = [module for module, names in _role_definitions().items() if "ROW_ROLE" in names]
    assert defined_where == ["models/item_roles.py"]
    # The merge check's problem list answered the row under a name of its own.
    assert not any("PROBLEM_ROLE" in names for names in _role_definitions().values())


def test_every_model_uses_the_shared_row_role(qtbot) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.interactions import entries_model
    from contactdesk.ui.merge import problems_model
    from contactdesk.ui.models import column_model, contacts_model
    from contactdesk.ui.segments import lines_model

    for module in (column_model, contacts_model, entries_model, lines_model, problems_model):
        assert module.ROW_ROLE is item_roles.ROW_ROLE, module.__name__


def test_the_roles_are_qts_own_numbers() -> None:
    """item_roles spells Qt's roles as numbers (no Qt namespace before the first paint): the same numbers."""
    from PySide6.QtCore import Qt

    assert item_roles.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert item_roles.TOOLTIP_ROLE == Qt.ItemDataRole.ToolTipRole.value
    assert item_roles.TEXT_ALIGNMENT_ROLE == Qt.ItemDataRole.TextAlignmentRole.value
    assert item_roles.ALIGN_RIGHT_VCENTER == (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
    assert item_roles.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert (item_roles.ROW_ROLE, item_roles.SORT_ROLE) == (Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2)
