"""The back office's Feedback page: the notes (open or resolved), the team's follow-ups, and per
product the complaints beside the reasons its items came back. The rules are shop/feedback.py's,
reached through the feedback desk; this page lists, filters and asks."""
from datetime import date

from babel.dates import format_date
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QTableView, QTabWidget, QVBoxLayout, QWidget

from shop.errors import ShopError
from shop.office.feedback_desk import FeedbackDesk
from ui.customer_lists import RowsModel
from ui.dialog_parts import button, label, shop_datetime, style_table
from ui.feedback_messages import category_label, feedback_message, priority_label, source_label, status_label


def table(name: str, model: RowsModel, stretch: int = 0) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    style_table(view, 36)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class FeedbackPage(QWidget):
    def __init__(self, engine, user, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.desk = FeedbackDesk(engine, user)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("Feedback and follow-ups"), "title"))
        layout.addWidget(label(self.tr("What customers said at the tills and on their loyalty page, and what the team "
                                       "has promised to do about it."), "hint", wrap=True))
        self.message = label("", "hint", "feedbackMessage", wrap=True)
        layout.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("feedbackTabs")
        self.tabs.addTab(self._notes_tab(), self.tr("Notes"))
        self.tabs.addTab(self._tasks_tab(), self.tr("Follow-ups"))
        self.tabs.addTab(self._products_tab(), self.tr("By product"))
        layout.addWidget(self.tabs, 1)
        self.reload()

    # --- notes -------------------------------------------------------------------
    def _notes_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        for text, value in ((self.tr("Open"), "open"), (self.tr("Resolved"), "resolved"), (self.tr("All"), None)):
            self.status_filter.addItem(text, value)
        self.status_filter.currentIndexChanged.connect(lambda _: self.reload_notes())
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("categoryFilter")
        self.category_filter.addItem(self.tr("Every kind"), None)
        for category in ("complaint", "praise", "request"):
            self.category_filter.addItem(category_label(category), category)
        self.category_filter.currentIndexChanged.connect(lambda _: self.reload_notes())
        bar.addWidget(self.status_filter)
        bar.addWidget(self.category_filter)
        bar.addStretch(1)
        bar.addWidget(button(self.tr("New note…"), "newNoteButton", slot=self.new_note, height=40))
        bar.addWidget(button(self.tr("Resolve"), "resolveButton", "primary", slot=self.resolve, height=40))
        column.addLayout(bar)
        self.notes_model = RowsModel([self.tr("When"), self.tr("Kind"), self.tr("Note"), self.tr("Customer"), self.tr("Product"),
                                      self.tr("From"), self.tr("Status")], parent=self)
        self.notes_table = table("notesTable", self.notes_model, 2)
        column.addWidget(self.notes_table, 1)
        return tab

    def reload_notes(self) -> None:
        rows = self.desk.notes(self.status_filter.currentData(), self.category_filter.currentData())
        self.notes_model.set_rows(
            [[shop_datetime(r.note.created_at, self.settings, "short"), category_label(r.note.category), r.note.text,
              r.customer_name, r.product_name, r.note.author_name or source_label(r.note.source),
              status_label(r.note.status) + (f" ({r.note.resolved_by})" if r.note.resolved_by else "")] for r in rows],
            [r.note.id for r in rows])
        for column, width in ((0, 140), (1, 100), (3, 150), (4, 190), (5, 125), (6, 100)):
            self.notes_table.setColumnWidth(column, width)

    def new_note(self) -> None:
        from ui.feedback_dialog import NoteDialog

        dialog = NoteDialog(self.desk, source="back_office", parent=self)
        if dialog.exec():
            self.message.setText(self.tr("Note saved."))
            self.reload()
        dialog.deleteLater()

    def resolve(self) -> None:
        rows = self.notes_table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose a note in the list, then Resolve."))
            return
        try:
            self.desk.resolve(self.notes_model.keys[rows[0].row()])
        except ShopError as error:
            self.message.setText(feedback_message(error))
        else:
            self.message.setText(self.tr("Resolved."))
        self.reload()

    # --- follow-ups --------------------------------------------------------------
    def _tasks_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        bar = QHBoxLayout()
        bar.addWidget(label(self.tr("Everyone's open follow-ups, soonest due first. Each person also sees theirs when they sign in."),
                            "hint", wrap=True), 1)
        bar.addWidget(button(self.tr("Mark done"), "finishButton", "primary", slot=self.finish, height=40))
        column.addLayout(bar)
        self.tasks_model = RowsModel([self.tr("Due"), self.tr("Priority"), self.tr("To do"), self.tr("Who"),
                                      self.tr("Asked by")], parent=self)
        self.tasks_table = table("tasksTable", self.tasks_model, 2)
        column.addWidget(self.tasks_table, 1)
        return tab

    def reload_tasks(self) -> None:
        tasks = self.desk.follow_ups()
        today = date.today()
        self.tasks_model.set_rows(
            [[format_date(t.due_date, "medium", locale=self.settings.locale) + (" ⚠" if t.due_date < today else ""),
              priority_label(t.priority), t.text, t.assignee_name, t.author_name] for t in tasks], [t.id for t in tasks])
        for column, width in ((0, 130), (1, 90), (3, 130), (4, 130)):
            self.tasks_table.setColumnWidth(column, width)

    def finish(self) -> None:
        rows = self.tasks_table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose a follow-up in the list, then Mark done."))
            return
        try:
            self.desk.finish(self.tasks_model.keys[rows[0].row()])
        except ShopError as error:
            self.message.setText(feedback_message(error))
        self.reload()

    # --- per product -------------------------------------------------------------
    def _products_tab(self) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout(tab)
        self.products_model = RowsModel([self.tr("Product"), self.tr("Complaints"), self.tr("Returns")], {1, 2}, self)
        self.products_table = table("productsTable", self.products_model, 0)
        self.products_table.selectionModel().selectionChanged.connect(lambda *_: self.show_product())
        row.addWidget(self.products_table, 4)
        side = QVBoxLayout()
        self.product_title = label("", "subtitle", "productTitle")
        side.addWidget(self.product_title)
        self.product_detail = RowsModel([self.tr("When"), self.tr("What"), self.tr("Said")], parent=self)
        self.detail_table = table("productDetail", self.product_detail, 2)
        side.addWidget(self.detail_table, 1)
        row.addLayout(side, 6)
        return tab

    def reload_products(self) -> None:
        watch = self.desk.products_to_watch()
        self.products_model.set_rows([[w.product_name, str(w.complaints), str(w.returns)] for w in watch],
                                     [w.product_id for w in watch])
        self.products_table.setColumnWidth(1, 100)
        self.products_table.setColumnWidth(2, 100)

    def show_product(self) -> None:
        rows = self.products_table.selectionModel().selectedRows()
        if not rows:
            return
        view = self.desk.product_feedback(self.products_model.keys[rows[0].row()])
        self.product_title.setText(view.product_name)
        entries = [(n.created_at, self.tr("Complaint"), n.text) for n in view.complaints]
        entries += [(r.at, self.tr("Returned (%1)").replace("%1", r.receipt_number), r.reason) for r in view.returns]
        entries.sort(reverse=True)
        self.product_detail.set_rows([[shop_datetime(at, self.settings, "short"), what, said] for at, what, said in entries])
        self.detail_table.setColumnWidth(0, 130)
        self.detail_table.setColumnWidth(1, 170)

    def reload(self) -> None:
        self.reload_notes()
        self.reload_tasks()
        self.reload_products()

    def screenshot_state(self) -> None:
        """The notes list as the owner finds it: open notes, the first selected."""
        if self.notes_model.rowCount():
            self.notes_table.selectRow(0)

