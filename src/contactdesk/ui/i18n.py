"""Loads Qt's own and our translations for the chosen interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from contactdesk.paths import translations_dir

# The interface languages we ship (code, name in that language).
LANGUAGES = [("en", "English"), ("nl", "Nederlands"), ("nb", "Norsk bokmål")]
_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The interface language in use (en, nl or nb): what a new database is named in, and country names."""
    return _current[0]


def system_language() -> str:
    """The system's language if we ship it, else English; Norwegian 'no'/'nn' users get Bokmål."""
    name = QLocale.system().name().split("_")[0].lower()
    if name in ("no", "nn"):
        name = "nb"
    return name if name in dict(LANGUAGES) else "en"


def install_translators(app: QCoreApplication, language: str = "") -> str:
    """Install Qt's catalogue and ours; returns the language in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = language if language in dict(LANGUAGES) else system_language()
    _current[0] = code
    system = QLocale.system()
    # Keep the user's regional formats when they match the language; otherwise use the language's own.
    if system.name().split("_")[0].lower() != code or system.language() == QLocale.Language.C:
        QLocale.setDefault(QLocale("en_GB" if code == "en" else code))
    qt = QTranslator(app)
    # Qt ships no qtbase_nb; our own catalogue translates the standard buttons for Bokmål.
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    # English has a catalogue too: it holds only the plural forms ("1 contact", "2 contacts").
    ours = QTranslator(app)
    if ours.load(f"contactdesk_{code}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    return code
