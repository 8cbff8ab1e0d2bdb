"""`contactdesk self-test`: the smoke test every build runs, here on the source tree."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot
from tests.cli_run import call


def test_self_test_opens_a_new_database_with_sample_data_and_merges_letters(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = call(capsys, "self-test", "--out", str(tmp_path), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert Path(result["database"]) == tmp_path / "self-test.sqlite"
    assert result["translations"] == {"qt": True, "contactdesk": True}
    assert result["letters"]
    for path in [*result["letters"], result["worker_letter"]]:
        assert any(paragraph.text.strip() for paragraph in docx.Document(path).paragraphs), path


def test_self_test_refuses_an_existing_database(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    existing = tmp_path / "mine.sqlite"
    existing.write_bytes(b"")
    code, _out, err = call(capsys, "self-test", "--db", str(existing), "--out", str(tmp_path))
    assert code == 2
    assert "already exists" in err
    assert existing.read_bytes() == b""


def test_self_test_makes_a_file_never_a_server_database(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = call(capsys, "self-test", "--db", "postgresql://anna@office/crm", "--out", str(tmp_path))
    assert code == 2
    assert "file path" in err
    assert list(tmp_path.iterdir()) == []
