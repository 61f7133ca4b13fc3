"""Application-wide look: the style sheet, fonts that cover the shop's scripts, translations."""
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont()
    # Noto Sans CJK covers Latin with accents, Hangul and Hanzi; the system falls back if missing.
    font.setFamilies(["Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK KR", "DejaVu Sans", "Segoe UI", "Arial"])
    font.setPointSize(11)
    app.setFont(font)
    app.setStyleSheet(resources.files("resources").joinpath("style.qss").read_text(encoding="utf-8"))


_installed: list[QTranslator] = []


def install_translations(app: QApplication, lang: str | None) -> None:
    """Qt's own strings and Bottega's in `lang` (or the system language), where a .qm exists.

    `lang` is a language or locale code: "it", "hu", "ko", "zh", "zh_CN", "ko_KR". Calling it again
    replaces the languages installed before (the set-up wizard runs before the shop has a locale).
    """
    remove_translations(app)
    locale = QLocale(lang) if lang else QLocale.system()
    QLocale.setDefault(locale)
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("bottega", str(resources.files("resources").joinpath("translations")))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)


def remove_translations(app: QApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
