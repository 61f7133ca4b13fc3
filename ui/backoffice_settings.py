from PySide6.QtWidgets import QWidget


class SettingsPage(QWidget):
    def __init__(self, engine, user, settings, parent=None):
        super().__init__(parent)
