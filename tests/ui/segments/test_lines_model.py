"""The Segment lines model passes qtmodeltester, pages from SQL, and edits through the line service."""

from __future__ import annotations

from PySide6.QtCore import Qt

from contactdesk.crm import segment_lines, segments
from contactdesk.crm.errors import ConcurrentEditError, ValidationErrors
from contactdesk.store.enums import CorrespondenceType
from contactdesk.ui.segments.lines_model import COLUMNS, PAGE_SIZE, WHY, SegmentLinesModel


def _column(key: str) -> int:
    return next(number for number, column in enumerate(COLUMNS) if column.key == key)


def _by_hand_segment() -> str:
    return next(s.no for s in segments.list_segments() if s.description.startswith("Welcome"))


def test_lines_model_passes_the_model_tester(qtmodeltester, demo_database) -> None:  # type: ignore[no-untyped-def]
    no = _by_hand_segment()
    model = SegmentLinesModel(no)
    qtmodeltester.check(model)
    model.version = segments.get_segment(no).version
    model.refresh()
    assert model.rowCount() == 6
    index = model.index(0, _column("description"))
    assert model.setData(index, "Welcome to our new customer")
    model.refresh()
    assert model.index(0, _column("description")).data() == "Welcome to our new customer"


def test_cells_show_the_line_and_why_it_is_there(qtbot, demo_database) -> None:  # type: ignore[no-untyped-def]
    no = _by_hand_segment()
    model = SegmentLinesModel(no)
    model.refresh()
    first = segment_lines.list_lines(no, limit=1)[0]
    assert model.index(0, _column("contact_no")).data() == first.contact_no
    assert model.index(0, WHY).data() == f"#{first.source_action_no} added by hand"
    assert model.index(0, _column("correspondence_type")).data(Qt.ItemDataRole.EditRole) == int(
        first.correspondence_type
    )
    assert model.headerData(WHY, Qt.Orientation.Horizontal) == "Why is this contact here"
    editable = {
        COLUMNS[c].key
        for c in range(model.columnCount())
        if model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable
    }
    assert editable == {"template_code", "description", "correspondence_type", "language_code", "subject", "comment"}
    choices = model.choices(model.index(0, _column("language_code")))
    assert choices is not None and {code for code, _text in choices} == {"en", "nl", "nb"}
    assert model.choices(model.index(0, _column("description"))) is None


def test_refused_and_stale_edits_are_reported_not_shown(qtbot, demo_database) -> None:  # type: ignore[no-untyped-def]
    no = _by_hand_segment()
    model = SegmentLinesModel(no)
    model.version = segments.get_segment(no).version
    model.refresh()
    problems: list[object] = []
    model.problem.connect(problems.append)
    assert not model.setData(model.index(0, _column("description")), "x" * 101)
    assert isinstance(problems[-1], ValidationErrors)
    segments.update_header(no, {"description": "Changed elsewhere"})
    assert not model.setData(model.index(0, _column("comment")), "mine")
    assert isinstance(problems[-1], ConcurrentEditError)
    model.version = segments.get_segment(no).version
    model.refresh()  # as the worksheet does: the header change reached the lines too (their versions moved on)
    assert model.setData(model.index(0, _column("correspondence_type")), int(CorrespondenceType.EMAIL))
    assert model.index(0, _column("correspondence_type")).data() == "E-mail"


def test_large_segments_load_page_by_page(qtbot, qtmodeltester, demo_database) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm import criteria
    from contactdesk.crm.criteria import CriteriaOptions, CriteriaRequest
    from contactdesk.store.enums import CriteriaAction

    no = segments.create_segment("Everyone", "INVITE", "JV")
    criteria.run(no, CriteriaRequest(CriteriaAction.ADD, (), CriteriaOptions(ignore_exclusion=True)))
    model = SegmentLinesModel(no)
    model.refresh()
    total = model.rowCount()
    assert total == 120 and PAGE_SIZE >= 100
    assert model.index(total - 1, 0).data() == str(segment_lines.line_numbers(no)[-1])
    qtmodeltester.check(model)
    assert model.line_numbers([0, 1, 1]) == segment_lines.line_numbers(no)[:2]
