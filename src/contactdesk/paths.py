"""Where ContactDesk keeps its data and where it finds its packaged resources."""

from __future__ import annotations

import os
from pathlib import Path

from contactdesk import APP_NAME, APP_ORG

# platformdirs is imported by the two functions that ask it: a window's first paint needs neither.

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The user's data folder (created on first use); CONTACTDESK_DATA_DIR overrides it."""
    from platformdirs import user_data_path

    override = os.environ.get("CONTACTDESK_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, APP_ORG)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """The folder for the application log."""
    from platformdirs import user_log_path

    override = os.environ.get("CONTACTDESK_DATA_DIR")
    path = Path(override) / "logs" if override else user_log_path(APP_NAME, APP_ORG)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """The SQLite file used when no --db is given."""
    return data_dir() / "contactdesk.sqlite"


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def resources_dir() -> Path:
    """Packaged resources: inside the wheel (contactdesk/resources) or the repo's resources/."""
    return _first_existing(_PACKAGE_DIR / "resources", _PACKAGE_DIR.parents[1] / "resources")


def translations_dir() -> Path:
    """Compiled translations: inside the wheel or the repo's translations/."""
    return _first_existing(_PACKAGE_DIR / "translations", _PACKAGE_DIR.parents[1] / "translations")


def sample_templates_dir() -> Path:
    """The sample letter templates, one folder per language."""
    return resources_dir() / "templates"
