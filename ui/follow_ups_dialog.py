"""After the PIN: the follow-ups this person must do by today, high priority first, each ticked off
with one tap ("call Mrs Rinaldi when the gluten-free bread arrives"). Nothing due, nothing shown."""
from babel.dates import format_date
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from shop.errors import ShopError
from shop.office.feedback_desk import FeedbackDesk
from ui.dialog_parts import TillDialog, button
from ui.feedback_messages import feedback_message, priority_label


class DueFollowUpsDialog(TillDialog):
    def __init__(self, desk: FeedbackDesk, locale: str = "en", parent=None):
        super().__init__(self.tr("Your follow-ups for today"), self.tr("Tick one off when it is done; the rest wait for later."),
                         self.tr("Continue (Enter)"), parent, width=620)
        self.desk, self.locale = desk, locale
        self.list = QListWidget()
        self.list.setObjectName("dueList")
        self.list.setMinimumHeight(220)
        self.body.addWidget(self.list)
        self.done_button = button(self.tr("Done ✓"), "doneButton", slot=self.mark_done, height=44)
        self.body.addWidget(self.done_button)
        self.cancel_button.setText(self.tr("Later (Esc)"))
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for task in self.desk.due_now():
            when = format_date(task.due_date, "medium", locale=self.locale)
            item = QListWidgetItem(f"{task.text}  ·  {when}  ·  {priority_label(task.priority)}")
            item.setData(256, task.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.done_button.setEnabled(self.list.count() > 0)

    def mark_done(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self.desk.finish(item.data(256))
        except ShopError as error:
            self.show_error(feedback_message(error))
        self.refresh()

    def confirm(self) -> None:
        self.accept()


def remind_follow_ups(engine, user, locale: str, parent=None) -> None:
    """Show the person's due follow-ups, if any, before the till or back office opens."""
    desk = FeedbackDesk(engine, user)
    if not desk.due_now():
        return
    dialog = DueFollowUpsDialog(desk, locale, parent)
    dialog.exec()
    dialog.deleteLater()
