"""The back office: the owner's (and, with fewer rights, the manager's) own window, no cash shift needed.

A left navigation list and one page per entry. A page is a QWidget made by
`factory(engine, user, settings, parent)` the first time it is shown (a catalogue of 50,000 products
costs nothing until it is opened). PAGES is the list other pages plug into. A page reaches the shop
through its desk (shop/office/: `self.desk = Catalogue(engine, user)`), never a session of its own,
and runs slow work through ui/tasks.py.

Who sees what (shop/staff.py says the same for the staff service):
- owner: every page; changes settings, role permissions and other owners and managers;
- manager: the catalogue pages and the staff page (adds cashiers, sets their PINs, deactivates them;
  sees managers and owners but cannot change them); not the shop settings;
- cashier: never; the window refuses to open for them.
"""
import importlib

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget
from sqlalchemy import Engine

from shop import users
from shop.errors import NotAllowed
from shop.office.shop_settings import ShopSettingsDesk
from shop.settings import ShopSettings
from shop.users import User

translate = QCoreApplication.translate
OWNER, MANAGER = ("owner",), ("manager", "owner")


def _page(module: str, name: str):
    """A page factory that imports the page's module only when the page is first opened."""
    def make(engine, user, settings, parent=None):
        return getattr(importlib.import_module(module), name)(engine, user, settings, parent)
    return make


# (key, title, factory); the title is translated in the "BackOffice" context when shown.
PAGES: list[tuple[str, str, object]] = [
    ("products", QT_TRANSLATE_NOOP("BackOffice", "Catalogue"), _page("ui.backoffice_products", "ProductsPage")),
    ("import", QT_TRANSLATE_NOOP("BackOffice", "Import and export"), _page("ui.backoffice_import", "ImportPage")),
    ("reports", QT_TRANSLATE_NOOP("BackOffice", "Reports"), _page("ui.backoffice_reports", "ReportsPage")),
    ("customers", QT_TRANSLATE_NOOP("BackOffice", "Customers"), _page("ui.backoffice_customers", "CustomersPage")),
    ("regulars", QT_TRANSLATE_NOOP("BackOffice", "Regulars and birthdays"), _page("ui.backoffice_regulars", "RegularsPage")),
    ("staff", QT_TRANSLATE_NOOP("BackOffice", "Staff"), _page("ui.backoffice_staff", "StaffPage")),
    ("settings", QT_TRANSLATE_NOOP("BackOffice", "Shop settings"), _page("ui.backoffice_settings", "SettingsPage")),
    ("exports", QT_TRANSLATE_NOOP("BackOffice", "Exports for the accountant"), _page("ui.backoffice_exports", "ExportsPage")),
    ("fiscal", QT_TRANSLATE_NOOP("BackOffice", "Fiscal register"), _page("ui.backoffice_fiscal", "FiscalPage")),
    ("backups", QT_TRANSLATE_NOOP("BackOffice", "Backups"), _page("ui.backoffice_backups", "BackupsPage")),
    ("campaigns", QT_TRANSLATE_NOOP("BackOffice", "Campaigns"), _page("ui.backoffice_campaigns", "CampaignsPage")),
    ("automations", QT_TRANSLATE_NOOP("BackOffice", "Automations"), _page("ui.backoffice_automations", "AutomationsPage")),
    ("feedback", QT_TRANSLATE_NOOP("BackOffice", "Feedback and follow-ups"), _page("ui.backoffice_feedback", "FeedbackPage")),
    ("nps", QT_TRANSLATE_NOOP("BackOffice", "Net Promoter Score"), _page("ui.backoffice_nps", "NpsPage")),
]
# Who may open each page; a page not named here is for managers and owners.
# The accountant's exports carry customers' ids and the whole shop's takings: the owner's.
# Automations give rewards and line up contacts on their own, every day: the owner turns them on.
# The NPS is the owner's measure of the shop; feedback and follow-ups are the whole team's.
PAGE_ROLES: dict[str, tuple[str, ...]] = {"automations": OWNER, "settings": OWNER, "backups": OWNER, "sync": OWNER, "exports": OWNER,
                                          "fiscal": OWNER, "reports": OWNER, "nps": OWNER}


def may_open(user: User | None) -> bool:
    """Whether `user` may open the back office at all: managers and owners."""
    return user is not None and users.is_manager(user)


def pages_for(user: User) -> list[tuple[str, str, object]]:
    return [page for page in PAGES if user.role in PAGE_ROLES.get(page[0], MANAGER)]


class BackOfficeWindow(QMainWindow):
    closed = Signal()  # the owner signed out, or went back to the till

    def __init__(self, engine: Engine, user: User, settings: ShopSettings, parent=None, from_till: bool = False):
        if not may_open(user):
            raise NotAllowed("back_office")
        super().__init__(parent)
        self.engine, self.user, self.settings = engine, user, settings
        self._done = False
        self.setWindowTitle(self.tr("Bottega – back office – %1").replace("%1", settings.shop_name))
        self.resize(1366, 768)
        central = QWidget()
        root = QVBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._header(from_till))
        body = QHBoxLayout()
        body.setContentsMargins(14, 12, 14, 12)
        body.setSpacing(14)
        self.nav = QListWidget()
        self.nav.setObjectName("backOfficeNav")
        self.nav.setFixedWidth(240)
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet("QListWidget { font-size: 16px; } QListWidget::item { padding: 12px 10px; }"
                               "QListWidget::item:selected { background: #2a9d8f; color: white; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.keys: list[str] = []
        self.factories = {}
        for i, (key, title, factory) in enumerate(pages_for(user)):
            shortcut = f"\nCtrl+{i + 1}" if i < 9 else ""  # the key under the name, as on the till's buttons
            item = QListWidgetItem(translate("BackOffice", title) + shortcut)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.keys.append(key)
            self.factories[key] = factory
            if i < 9:
                QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, activated=lambda key=key: self.show_page(key))
        self.nav.currentRowChanged.connect(lambda row: self.show_page(self.keys[row]) if row >= 0 else None)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        root.addLayout(body, 1)
        self.setCentralWidget(central)
        if self.keys:
            self.nav.setCurrentRow(0)
        from ui.backup_service import BackupService

        BackupService.for_engine(engine)  # daily backups run while only the back office is open, too
        from ui.backoffice_automations import run_in_background

        run_in_background(self, engine, settings)  # the automations that are on, as at a shift's opening

    def _header(self, from_till: bool) -> QWidget:
        header = QWidget()
        header.setObjectName("header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        header.setFixedHeight(52)
        layout = QHBoxLayout(header)
        layout.setContentsMargins(16, 0, 16, 0)
        self.shop_name_label = QLabel(self.settings.shop_name)
        self.shop_name_label.setObjectName("shopName")
        layout.addWidget(self.shop_name_label)
        layout.addSpacing(24)
        layout.addWidget(QLabel(self.tr("Back office")))
        layout.addStretch(1)
        roles = {"manager": self.tr("Manager"), "owner": self.tr("Owner")}
        who = QLabel(f"{self.user.name} · {roles.get(self.user.role, self.user.role)}")
        who.setObjectName("userLabel")
        layout.addWidget(who)
        layout.addSpacing(24)
        self.publish_button = QPushButton(self.tr("Publish to the other tills"))
        self.publish_button.setObjectName("publishButton")
        self.publish_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.publish_button.clicked.connect(lambda _=False: self.publish())
        self.publish_button.setVisible(self._enrolled())  # a shop without a server has nobody to publish to
        if self.publish_button.isVisibleTo(header):
            from ui.owner_server_sign_in import publish_hint

            self.publish_button.setToolTip(publish_hint(self.engine))
        layout.addWidget(self.publish_button)
        layout.addSpacing(12)
        text = self.tr("Back to the till  Ctrl+B") if from_till else self.tr("Sign out  Ctrl+Q")
        self.close_button = QPushButton(text)
        self.close_button.setObjectName("closeBackOfficeButton")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for header_button in (self.publish_button, self.close_button):
            header_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            header_button.setStyleSheet("QPushButton { background: transparent; color: #f4f1ec; border: 1px solid #6b7b7b;"
                                        " padding: 4px 12px; font-size: 13px; }")
        self.close_button.clicked.connect(lambda _=False: self.leave())
        layout.addWidget(self.close_button)
        for keys in ("Ctrl+Q", "Ctrl+B"):
            QShortcut(QKeySequence(keys), self, activated=self.leave)
        return header

    def _enrolled(self) -> bool:
        return ShopSettingsDesk(self.engine, self.user).enrolled()

    def publish(self) -> None:
        """The owner's changes reach the other tills only under their own server sign-in (shop/owner_session.py)."""
        from ui.owner_server_sign_in import OwnerServerSignInDialog, publish_hint

        OwnerServerSignInDialog(self.engine, self.settings, self).exec()
        self.publish_button.setToolTip(publish_hint(self.engine))

    def _settings_changed(self) -> None:
        self.shop_name_label.setText(self.settings.shop_name)
        self.setWindowTitle(self.tr("Bottega – back office – %1").replace("%1", self.settings.shop_name))

    def show_page(self, key: str) -> QWidget | None:
        """Show (making it the first time) the page `key`; None if this user may not see it."""
        if key not in self.factories:
            return None
        page = self.pages.get(key)
        if page is None:
            page = self.factories[key](self.engine, self.user, self.settings, self.stack)
            page.setObjectName(f"page_{key}")
            if hasattr(page, "saved"):  # a page that changes the shop's settings
                page.saved.connect(self._settings_changed)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        row = self.keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return page

    def leave(self) -> None:
        """Sign out (or go back to the till); a page with unsaved work may say no (`can_leave()`)."""
        for page in self.pages.values():
            if hasattr(page, "can_leave") and not page.can_leave():
                return
        self._finish()

    def _finish(self) -> None:
        if not self._done:
            self._done = True
            from shop import owner_session

            owner_session.for_database(self.engine).forget()  # a server sign-in ends with the back office
            self.closed.emit()

    def closeEvent(self, event) -> None:
        # The window's close button signs out too: nobody stays signed in behind a closed window.
        super().closeEvent(event)
        self._finish()
