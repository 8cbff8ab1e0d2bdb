"""The import wizard lists codes that are not set up once each, and creates the ones the user ticks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_classes import codes_by_id
from contactdesk.store.models import Contact, IndustryGroup, MailingGroup
from contactdesk.ui.contacts_io.import_wizard import CHECK, CONFIRM, ImportWizard


def _next(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_unknown_codes_are_asked_once_and_the_ticked_ones_created(qtbot, database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save_code("mailing_group", CodeData("NEWS", "Newsletter"))
    path = tmp_path / "codes.csv"
    path.write_text(
        "Name;Type;City;Industry groups;Mailing groups\r\n"
        "Hansen AS;Company;Oslo;RETAIL;NEWS\r\n"
        "Berg AS;Company;Bergen;retail;fish\r\n"
        "Dahl AS;Company;Molde;;news\r\n",
        encoding="utf-8",
    )
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    _next(qtbot, wizard)
    assert "industry_groups" in wizard.mapping.values() and "mailing_groups" in wizard.mapping.values()
    _next(qtbot, wizard)
    assert wizard.currentId() == CHECK
    page = wizard.check_page
    box = page.unknown_codes
    assert box.isVisible() and box.list.count() == 2, "each unknown code once, whatever the rows using it"
    texts = [box.list.item(row).text() for row in range(box.list.count())]
    assert texts[0].startswith("Industry group RETAIL (2 row") and "first row 2" in texts[0]
    assert texts[1].startswith("Mailing group FISH (1 row")
    assert page.problems_model.rowCount() == 3
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    box.list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(box.create_button, Qt.MouseButton.LeftButton)
    assert wizard.create_codes == {("industry_group", "RETAIL")}
    assert page.problems_model.rowCount() == 1 and page.problems_model.index(0, 0).data() == "3"
    assert box.list.item(0).checkState() == Qt.CheckState.Checked, "the choice stays ticked after the new check"
    assert IndustryGroup.select().count() == 0, "nothing is written before the import runs"
    page.skip_bad.setChecked(True)
    _next(qtbot, wizard)
    assert wizard.currentId() == CONFIRM
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.imported is not None)
    assert [str(code) for (code,) in IndustryGroup.select(IndustryGroup.code).tuples()] == ["RETAIL"]
    assert MailingGroup.get_or_none(MailingGroup.code == "FISH") is None
    hansen = Contact.get(Contact.name == "Hansen AS")
    assert codes_by_id([hansen.id])[hansen.id] == {"industry_group": ["RETAIL"], "mailing_group": ["NEWS"]}
