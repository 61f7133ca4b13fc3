"""Asking where to save a file, with Qt's own dialog (the same on every system, and scriptable in tests)."""
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def start_folder() -> Path:
    """The user's Documents folder if it exists, else their home folder.

    A fresh account (a new shop PC, a CI machine) often has no Documents folder; a dialog started
    there falls back to whatever folder Qt visited last, and a file name chosen in it can then land
    somewhere else than the one picked."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    """Where to save a file suggested as `suggested` (its suffix added when the user types none); None if cancelled."""
    dialog = QFileDialog(parent, title, str(start_folder() / suggested), pattern)
    dialog.setObjectName("saveFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
