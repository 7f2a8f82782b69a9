"""Loading the Qt translations. Translator objects must stay referenced or Qt drops them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import TRANSLATIONS_DIR

LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


def install(language: str) -> bool:
    """Install the app's and Qt's own translations for language; True if the app's loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else "en_GB"))
    loaded_app = False
    candidates = [
        # Our own fill-in for Qt's strings (the wheels ship no qtbase_vi.qm), then Qt's, then ours.
        (TRANSLATIONS_DIR, f"qtbase_{language}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
        (TRANSLATIONS_DIR, f"plantracker_{language}"),
    ]
    for folder, name in candidates:
        translator = QTranslator()
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded_app = loaded_app or name.startswith("plantracker")
    return loaded_app
