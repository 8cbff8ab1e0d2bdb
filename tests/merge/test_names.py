"""Letter file names are safe, unique, and never leave the chosen folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactdesk.merge.names import MAX_STEM, LetterNames, safe_stem


@pytest.mark.parametrize(
    ("number", "name", "expected"),
    [
        ("CT000001", "Anna de Vries", "CT000001 - Anna de Vries"),
        ("CT000002", "../../etc/passwd", "CT000002 - etc passwd"),
        ("", "CON", "_CON"),
        ("", "lpt1.txt", "_lpt1.txt"),
        ("CT3", "a/b\\c:d*?", "CT3 - a b c d"),
        ("CT4", 'x<y>z|"q"', "CT4 - x y z q"),
        ("", "...", "letter"),
        ("", "", "letter"),
        ("CT5", " Øyvind\tØdegård 😀 ĳ. ", "CT5 - Øyvind Ødegård 😀 ĳ"),
    ],
)
def test_names_are_cleaned(number: str, name: str, expected: str) -> None:
    assert safe_stem(number, name) == expected


def test_names_never_escape_and_stay_unique(tmp_path: Path) -> None:
    names = LetterNames(tmp_path)
    paths = [
        names.path_for("CT1", "../../etc/passwd"),
        names.path_for("CT1", "..\\..\\etc\\passwd"),
        names.path_for("CT1", "../../ETC/PASSWD"),
        names.path_for("", "CON"),
        names.path_for("", "a/b\\c:d*?"),
    ]
    assert [path.name for path in paths] == [
        "CT1 - etc passwd.docx",
        "CT1 - etc passwd (2).docx",
        "CT1 - ETC PASSWD (3).docx",
        "_CON.docx",
        "a b c d.docx",
    ]
    assert all(path.parent == tmp_path for path in paths)
    for path in paths:
        path.write_bytes(b"x")  # every one can really be created
    assert len(list(tmp_path.iterdir())) == 5


def test_long_names_are_trimmed(tmp_path: Path) -> None:
    path = LetterNames(tmp_path).path_for("CT1", "x" * 500)
    assert len(path.stem) <= MAX_STEM
    path.write_bytes(b"x")
