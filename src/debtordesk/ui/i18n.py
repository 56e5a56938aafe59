"""The GUI's languages: Qt translators for our own texts and Qt's standard dialogs."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from debtordesk.i18n.catalogue import set_language


def translations_dir() -> str:
    return str(files("debtordesk.resources").joinpath("translations"))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Dutch (or keep English) for our UI and Qt's own dialogs; also sets the catalogue language."""
    set_language(language)
    installed: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    ours = QTranslator(app)
    if ours.load(f"debtordesk_{language}", translations_dir()):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_path):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context`` (translated later); typed, unlike Qt's own."""
    return text
