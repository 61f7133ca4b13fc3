"""First run on a new database: the language first (the wizard speaks it from then on), then name the
shop, pick its country, create the owner; then offer the back office, since a new shop has no
products, no staff and no receipt header yet."""
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from syncwire.languages import COUNTRY_OF_LANGUAGE, LANGUAGE_NAMES
from shop.office.shop_setup import ShopSetup
from shop.setup import COUNTRIES
from ui.style import install_translations

COUNTRY_NAMES = {"IT": "Italia", "HU": "Magyarország", "KR": "대한민국", "CN": "中国"}


class SetupWizard(QDialog):
    def __init__(self, engine, parent=None):
        super().__init__(parent)
        self.engine = engine
        self.owner = None  # the owner created, once the shop exists
        self.open_back_office = False  # what the owner chose at the end
        self.language: str | None = None  # chosen on the first page
        self.setMinimumWidth(520)
        self.pages = QStackedWidget()
        QVBoxLayout(self).addWidget(self.pages)
        self.pages.addWidget(self._language_page())
        first = QWidget()
        self.pages.addWidget(first)
        layout = QVBoxLayout(first)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        layout.addWidget(self.title)
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        form = self.form = QFormLayout()
        self.shop_name = QLineEdit()
        self.shop_name.setObjectName("shopNameEdit")
        self.country = QComboBox()
        self.country.setObjectName("countryCombo")
        for code in COUNTRIES:
            self.country.addItem(COUNTRY_NAMES.get(code, code), code)
        self.owner = QLineEdit()
        self.owner.setObjectName("ownerEdit")
        self.pin = QLineEdit()
        self.pin.setObjectName("pinEdit")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again = QLineEdit()
        self.pin_again.setObjectName("pinAgainEdit")
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.form_labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.form_labels, (self.shop_name, self.country, self.owner, self.pin, self.pin_again)):
            form.addRow(label, field)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("errorLabel")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setProperty("role", "primary")
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._retranslate()

    def _language_page(self) -> QWidget:
        """One button per language, each in its own words: nobody has to read a language they lack."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Lingua · Nyelv · 언어 · 语言 · Language")
        title.setProperty("role", "title")
        layout.addWidget(title)
        for code, name in LANGUAGE_NAMES.items():
            button = QPushButton(name)
            button.setObjectName(f"language_{code}")
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, c=code: self.choose_language(c))
            layout.addWidget(button)
        layout.addStretch(1)
        return page

    def choose_language(self, code: str) -> None:
        """Speak `code` from now on, suggest its country, and go on to the shop's details."""
        self.language = code
        app = QApplication.instance()
        if app is not None:
            install_translations(app, code)  # also sends LanguageChange: _retranslate
        self._retranslate()
        country = COUNTRY_OF_LANGUAGE.get(code)
        if country:
            self.country.setCurrentIndex(max(self.country.findData(country), 0))
        self.pages.setCurrentIndex(1)
        self.shop_name.setFocus()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "title"):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Bottega"))
        self.title.setText(self.tr("Set up your shop"))
        self.hint.setText(self.tr("You can change everything later. The owner's PIN signs in at the till."))
        labels = (self.tr("Shop name"), self.tr("Country"), self.tr("Owner's name"), self.tr("PIN (4-8 digits)"),
                  self.tr("PIN again"))
        for label, text in zip(self.form_labels, labels):
            label.setText(text)

    def _create(self) -> None:
        name, owner, pin = self.shop_name.text().strip(), self.owner.text().strip(), self.pin.text()
        if not name or not owner:
            self.error.setText(self.tr("Enter the shop's name and the owner's name."))
            return
        if not (pin.isdigit() and 4 <= len(pin) <= 8):
            self.error.setText(self.tr("The PIN must be 4 to 8 digits."))
            return
        if pin != self.pin_again.text():
            self.error.setText(self.tr("The two PINs differ. Type the same PIN twice."))
            return
        self.owner = ShopSetup(self.engine).create(self.country.currentData(), name, owner, pin, language=self.language)
        self.pages.addWidget(self._done_page(name))
        self.pages.setCurrentIndex(self.pages.count() - 1)

    def _done_page(self, shop_name: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("%1 is ready").replace("%1", shop_name))
        title.setProperty("role", "title")
        layout.addWidget(title)
        text = QLabel(self.tr("It has no products and no staff yet. In the back office you add your products, "
                              "your cashiers and the receipt header; you can come back to it any time "
                              "from the sign-in screen (Back office) or the till (Ctrl+B)."))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)
        back_office = QPushButton(self.tr("Open the back office"))
        back_office.setObjectName("openBackOfficeButton")
        back_office.setProperty("role", "primary")
        back_office.setDefault(True)
        back_office.clicked.connect(lambda _=False: self._finish(True))
        later = QPushButton(self.tr("Go to the sign-in"))
        later.setObjectName("signInLaterButton")
        later.clicked.connect(lambda _=False: self._finish(False))
        layout.addWidget(back_office)
        layout.addWidget(later)
        back_office.setFocus()
        return page

    def _finish(self, back_office: bool) -> None:
        self.open_back_office = back_office
        self.accept()

    def reject(self) -> None:
        if self.owner is not None:  # the shop exists: Esc on the last page just skips the back office
            self._finish(False)
            return
        super().reject()
