"""A feedback note from the till or the back office: complaint, praise or request, about the customer
and/or a product, with an optional follow-up for someone of the team ("call Mrs Rinaldi when the
gluten-free bread arrives"). What was typed stays in the dialog if it cannot be kept."""
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLineEdit,
                               QPlainTextEdit)

from shop.errors import ShopError
from shop.feedback import CATEGORIES
from shop.office.feedback_desk import FeedbackDesk, FollowUpDraft
from syncwire.validate import PRIORITIES
from ui.dialog_parts import TillDialog, button, label
from ui.feedback_messages import category_label, feedback_message, priority_label


class NoteDialog(TillDialog):
    def __init__(self, desk: FeedbackDesk, customer_id: str | None = None, customer_name: str = "",
                 source: str = "till", today: date | None = None, parent=None):
        hint = self.tr("About %1.").replace("%1", customer_name) if customer_name else ""
        super().__init__(self.tr("Feedback note"), hint, self.tr("Save note (Enter)"), parent, width=560)
        self.desk, self.customer_id, self.source = desk, customer_id, source
        self.note_id: str | None = None
        self.today = today or date.today()
        self.categories = QButtonGroup(self)
        row = QHBoxLayout()
        for category in CATEGORIES:
            choice = button(category_label(category), f"{category}Button", height=44)
            choice.setCheckable(True)
            self.categories.addButton(choice)
            row.addWidget(choice)
        self.categories.buttons()[0].setChecked(True)
        self.body.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setPlaceholderText(self.tr("What did the customer say?"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.body.addWidget(self.text)
        self.product_search = QLineEdit()
        self.product_search.setObjectName("productSearch")
        self.product_search.setPlaceholderText(self.tr("Product (optional): type to find it"))
        self.product_search.textEdited.connect(self._find_products)
        self.product = QComboBox()
        self.product.setObjectName("productChoice")
        self.product.addItem(self.tr("No product"), None)
        products = QHBoxLayout()
        products.addWidget(self.product_search, 1)
        products.addWidget(self.product, 1)
        self.body.addLayout(products)
        self.body.addLayout(self._follow_up())

    def _follow_up(self) -> QGridLayout:
        grid = QGridLayout()
        self.follow = QCheckBox(self.tr("Follow up"))
        self.follow.setObjectName("followUpCheck")
        self.task = QLineEdit()
        self.task.setObjectName("followUpText")
        self.task.setPlaceholderText(self.tr("What to do, e.g. call when the gluten-free bread arrives"))
        self.assignee = QComboBox()
        self.assignee.setObjectName("assigneeChoice")
        for person in self.desk.staff():
            self.assignee.addItem(person.name, person.id)
        self.due = QDateEdit(QDate(self.today.year, self.today.month, self.today.day).addDays(1))
        self.due.setObjectName("dueDate")
        self.due.setCalendarPopup(True)
        self.priority = QComboBox()
        self.priority.setObjectName("priorityChoice")
        for priority in PRIORITIES:
            self.priority.addItem(priority_label(priority), priority)
        self.priority.setCurrentIndex(PRIORITIES.index("normal"))
        grid.addWidget(self.follow, 0, 0)
        grid.addWidget(self.task, 0, 1, 1, 3)
        grid.addWidget(label(self.tr("Who")), 1, 0)
        grid.addWidget(self.assignee, 1, 1)
        grid.addWidget(label(self.tr("By")), 1, 2)
        grid.addWidget(self.due, 1, 3)
        grid.addWidget(label(self.tr("Priority")), 2, 0)
        grid.addWidget(self.priority, 2, 1)
        for widget in (self.task, self.assignee, self.due, self.priority):
            widget.setEnabled(False)
            self.follow.toggled.connect(widget.setEnabled)
        return grid

    def _find_products(self, text: str) -> None:
        self.product.clear()
        self.product.addItem(self.tr("No product"), None)
        if text.strip():
            for row in self.desk.find_products(text, limit=20):
                self.product.addItem(row.name, row.id)
            if self.product.count() > 1:
                self.product.setCurrentIndex(1)

    def category(self) -> str:
        return CATEGORIES[self.categories.buttons().index(self.categories.checkedButton())]

    def confirm(self) -> None:
        follow_up = None
        if self.follow.isChecked():
            due = self.due.date()
            follow_up = FollowUpDraft(self.task.text() or self.text.toPlainText(), date(due.year(), due.month(), due.day()),
                                      self.assignee.currentData() or "", self.priority.currentData())
        try:
            self.note_id = self.desk.take_note(self.category(), self.text.toPlainText(), self.customer_id,
                                               self.product.currentData(), follow_up, self.source)
        except ShopError as error:
            self.show_error(feedback_message(error))
            return
        self.accept()
