"""--db works before and after every subcommand, and only commands that make a database may create one."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests import engines

from contactdesk.cli import build_parser, main
from contactdesk.paths import default_database_path
from contactdesk.store import db as store_db
from contactdesk.store.opening import open_database

DATA = Path(__file__).parents[1] / "data" / "import"


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    groups = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    if not groups:
        yield path
        return
    for name, child in groups[0].choices.items():
        yield from _leaves(child, (*path, name))


COMMANDS = sorted(_leaves(build_parser()))


def _arguments(command: tuple[str, ...], folder: Path) -> list[str]:
    """Real arguments for each subcommand, so it gets as far as opening its database."""
    extra = {
        ("interaction", "log"): ["--contact", "CT000001", "--template", "PHONE"],
        ("campaign", "new"): ["--description", "Spring campaign"],
        ("campaign", "show"): ["CP0001"],
        ("campaign", "activate"): ["CP0001"],
        ("campaign", "deactivate"): ["CP0001"],
        ("segment", "new"): ["--description", "Spring mailing"],
        ("segment", "show"): ["SEG00001"],
        ("segment", "merge"): ["SEG00001", "--out", str(folder / "letters")],
        ("segment", "log"): ["SEG00001"],
        ("segment", "add-contacts"): ["SEG00001", "--where", "city=Oslo"],
        ("segment", "reduce"): ["SEG00001", "--where", "city=Oslo"],
        ("segment", "refine"): ["SEG00001", "--industry-group", "RETAIL"],
        ("import-contacts",): [str(DATA / "contactdesk_utf8_bom.csv")],
        ("export-contacts",): [str(folder / "out.csv")],
        ("logged", "undo"): ["LSEG00001"],
        ("logged", "cancel"): ["LSEG00001"],
        ("logged", "restore"): ["LSEG00001"],
        ("logged", "delete"): ["LSEG00001"],
        ("logged", "follow-up"): ["LSEG00001"],
        ("office", "add-user"): ["anna", "--role", "staff"],
        ("office", "copy"): ["--to", str(folder / "copy.sqlite")],
        ("self-test",): ["--out", str(folder / "self-test")],
        ("contact", "set"): ["CT000001", "city=Oslo"],
        ("contact", "classify"): ["CT000001", "--mailing-group", "NEWS"],
        ("field", "checkout"): ["--office", str(folder / "office.sqlite")],
        ("field", "retire"): ["1"],
    }
    return [*command, *extra.get(command, [])]


def test_every_subcommand_has_real_arguments_here() -> None:
    # A new subcommand must be added to _arguments (or need none), so the tests below cover it.
    parser = build_parser()
    for command in COMMANDS:
        args = parser.parse_args(_arguments(command, Path("/tmp")))
        assert getattr(args, "handler", None) is not None, command


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_db_is_taken_before_and_after_the_subcommand(command: tuple[str, ...], tmp_path: Path) -> None:
    parser = build_parser()
    arguments = _arguments(command, tmp_path)
    before = parser.parse_args(["--db", "spare.sqlite", *arguments])
    after = parser.parse_args([*arguments, "--db", "spare.sqlite"])
    assert before.db == after.db == "spare.sqlite"


# demo, self-test and field checkout make a database; office init refuses any file (tests/cli/test_office_cli.py).
_MAKERS = (("demo",), ("self-test",), ("office", "init"), ("field", "checkout"))


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in _MAKERS], ids=" ".join)
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_mistyped_path_is_refused_and_nothing_is_created(
    command: tuple[str, ...], where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A path in folders that do not exist, or a database name the server does not have.
    missing = engines.missing_database(tmp_path)
    arguments = _arguments(command, tmp_path)
    argv = ["--db", missing, *arguments] if where == "before" else [*arguments, "--db", missing]
    default_before = default_database_path().exists()
    assert main(argv) == 1
    assert f"no database at {missing}" in capsys.readouterr().err
    assert not engines.exists(missing) and not (tmp_path / "no").exists()
    assert not (tmp_path / "letters").exists() and not (tmp_path / "out.csv").exists()
    assert default_database_path().exists() == default_before


def test_an_empty_database_is_refused_by_info_and_left_empty_then_demo_sets_it_up(
    database_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # SQLite: a path where no file is yet; PostgreSQL: a database made by `createdb`, without our tables.
    assert main(["info", "--db", database_target, "--json"]) == 1
    store_db.close()
    err = capsys.readouterr().err
    said = {"sqlite": f"no database at {database_target}", "postgresql": "has no ContactDesk tables"}
    assert said[engines.ENGINE] in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert engines.table_names(database_target) == set()
    assert main(["demo", "--db", database_target, "--contacts", "3", "--json"]) == 0
    store_db.close()
    assert main(["info", "--db", database_target, "--json"]) == 0
    store_db.close()
    out = capsys.readouterr().out
    assert json.loads(out[out.rindex("{\n") :])["contacts"] == 3


@pytest.mark.parametrize("where", ["before", "after"])
def test_info_and_demo_work_on_the_database_given_before_or_after(
    where: str, database_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    spare = database_target

    def run(*arguments: str) -> dict[str, object]:
        argv = ["--db", spare, *arguments] if where == "before" else [*arguments, "--db", spare]
        assert main(argv) == 0
        store_db.close()
        out = capsys.readouterr().out
        return json.loads(out[out.index("{") :])  # type: ignore[no-any-return]

    default = default_database_path()
    stamp = default.stat().st_mtime_ns if default.exists() else None
    assert run("demo", "--contacts", "20", "--json")["database"] == spare
    assert run("info", "--json")["contacts"] == 20
    assert (default.stat().st_mtime_ns if default.exists() else None) == stamp


def test_demo_creates_the_database_it_is_given(tmp_path: Path, database_target: str) -> None:
    # On SQLite, in a folder that is not there yet either.
    target = str(tmp_path / "new folder" / "office.sqlite") if engines.ENGINE == "sqlite" else database_target
    assert main(["demo", "--db", target, "--contacts", "5"]) == 0
    store_db.close()
    assert engines.count(target, "contact") == 5


@pytest.mark.sqlite_only("a sqlite:/// address and a path name one file")
def test_a_url_names_the_same_file_as_its_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "office.sqlite"
    open_database(path, create=True)
    store_db.close()
    assert main(["info", "--db", f"sqlite:///{path}", "--json"]) == 0
    store_db.close()
    assert json.loads(capsys.readouterr().out)["contacts"] == 0
    assert sorted(os.listdir(tmp_path)) == ["office.sqlite", "office.sqlite-shm", "office.sqlite-wal"] or sorted(
        os.listdir(tmp_path)
    ) == ["office.sqlite"]
