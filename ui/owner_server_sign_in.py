"""Publish changes to the other tills: the owner (or a manager) signs in to the shop's server.

In a shop enrolled on a server, the back office's catalogue and settings changes wait in the
outbox until a person with a server account signs in here (shop/owner_session.py); the sync worker
then sends them with that person's short-lived credential, held in memory only. The sign-in talks
to the server off the UI thread. `publish_hint` is the line a back office page can show while
changes wait ("Sign in to the server to publish 3 catalogue changes").
"""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit

from shop import owner_session
from shop.sync_errors import NotEnrolled
from shop.office.shop_settings import ShopSettingsDesk
from ui.dialog_parts import TillDialog, button, label, shop_datetime
from ui.messages import message_for
from ui.tasks import run_detached, run_task

translate = QCoreApplication.translate


def publish_hint(engine) -> str:
    """What a back office page says while owner changes wait for a sign-in; "" when none wait or nobody need sign in."""
    holder = owner_session.for_database(engine)
    waiting = owner_session.waiting_owner_changes(engine)
    if not waiting:
        return ""
    if holder.signed_in is not None:
        return translate("OwnerServerSignIn", "%1 changes are being published to the other tills.").replace("%1", str(waiting))
    return translate("OwnerServerSignIn", "Sign in to the server to publish %1 catalogue and settings changes to the other tills."
                     ).replace("%1", str(waiting))


class OwnerServerSignInDialog(TillDialog):
    """Name and password of the person's server account; accepted once signed in (publishing starts at once)."""

    def __init__(self, engine, settings, parent=None, publish_now=None, http_factory=None):
        super().__init__(self.tr("Publish changes to the other tills"), "", self.tr("Sign in and publish"), parent=parent, width=520)
        self.engine, self.settings = engine, settings
        self.holder = owner_session.for_database(engine)
        self.publish_now = publish_now or self._wake_sync
        self.http_factory = http_factory
        self.enrolled = ShopSettingsDesk(engine, None).enrolled()
        waiting = owner_session.waiting_owner_changes(engine)
        self.hint.setText(self.tr("%1 changes made here wait for the shop's server. Sign in with your name and password "
                                  "on the server to send them to every till.").replace("%1", str(waiting)))
        self.hint.show()
        form = QFormLayout()
        self.name_edit = QLineEdit(objectName="ownerNameEdit")
        self.password_edit = QLineEdit(objectName="ownerPasswordEdit", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        self.body.addLayout(form)
        self.signed_in_label = label("", "hint", "signedInLabel", wrap=True)
        self.body.addWidget(self.signed_in_label)
        self.sign_out_button = button(self.tr("Sign out of the server"), "signOutButton", slot=self.sign_out, height=44)
        self.body.addWidget(self.sign_out_button)
        self.show_who()
        if not self.enrolled:
            self.show_error(message_for(NotEnrolled(), settings))
            self.ok_button.setEnabled(False)
        self.name_edit.setFocus()

    def show_who(self) -> None:
        who = self.holder.signed_in
        self.sign_out_button.setVisible(who is not None)
        if who is not None:
            until = shop_datetime(who.expires_at, self.settings, "HH:mm")
            self.signed_in_label.setText(self.tr("Signed in as %1 until %2.").replace("%1", who.name).replace("%2", until))
        else:
            self.signed_in_label.setText("")

    def confirm(self) -> None:
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        if not name or not password:
            self.show_error(self.tr("Type your name and password on the server."))
            return
        self.clear_error()
        self.ok_button.setEnabled(False)
        http = self.http_factory() if self.http_factory else None
        run_task(self, lambda: self.holder.sign_in(self.engine, name, password, http=http), self._signed_in,
                 self._refused)

    def _refused(self, error: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.password_edit.clear()
        self.show_error(message_for(error, self.settings))
        self.password_edit.setFocus()

    def _signed_in(self, result) -> None:
        self.ok_button.setEnabled(True)
        self.password_edit.clear()
        self.publish_now()
        self.accept()

    def sign_out(self) -> None:
        """Forget the credential here at once; ending it at the server happens off the UI thread."""
        held = self.holder.current()
        self.holder.forget()
        self.show_who()
        if held is not None:  # nobody waits for the answer, which may come after the dialog closed
            engine, credential = self.engine, held[0]
            run_detached(lambda: owner_session.end_at_server(engine, credential))

    def _wake_sync(self) -> None:
        from ui.sync_service import SyncService

        SyncService.for_engine(self.engine).sync_now()


def screenshot_dialog(engine, settings, parent=None) -> OwnerServerSignInDialog:
    """The dialog as the owner opens it with three changes waiting (`bottega screenshot owner-sign-in`).

    Writes a made-up enrolment and three queued changes into the database, which `bottega screenshot`
    only ever copies."""
    from shop import screenshot_data

    screenshot_data.waiting_owner_changes(engine, settings.shop_name)
    dialog = OwnerServerSignInDialog(engine, settings, parent, publish_now=lambda: None)
    dialog.name_edit.setText("Giulia Rossi")
    dialog.password_edit.setText("password")
    return dialog
