"""The owner defines their own customer fields: a label, a kind (text, number, date, one of a list)
and, for a list, its options separated by commas. Shown and edited on every customer card."""
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout
from shop.custom_fields import CustomField, InvalidFieldDefinition
from shop.office.customers import CustomerDesk
from ui.dialog_parts import button, label
from ui.messages import message_for


class CustomFieldsDialog(QDialog):
    def __init__(self, desk: CustomerDesk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Customer fields"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Fields of your own on every customer card, e.g. “Dog's name” or "
                                       "“Preferred cut”. For a list, type its choices separated by commas."), "hint", wrap=True))
        self.table = QTableWidget(0, 3, objectName="fieldsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Kind"), self.tr("Choices")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        layout.addWidget(button(self.tr("Add a field"), "addFieldButton", slot=self.add_row, height=36))
        self.error = label("", "error", "fieldsError", wrap=True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.keys: list[str] = []
        for f in desk.custom_fields():
            self.add_row(f)

    def kind_names(self) -> dict[str, str]:
        return {"text": self.tr("Text"), "number": self.tr("Number"), "date": self.tr("Date"),
                "choice": self.tr("One of a list")}

    def add_row(self, field: CustomField | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.keys.append(field.key if field else "")
        self.table.setItem(row, 0, QTableWidgetItem(field.label if field else ""))
        kind = QComboBox()
        for key, text in self.kind_names().items():
            kind.addItem(text, key)
        kind.setCurrentIndex(max(kind.findData(field.kind if field else "text"), 0))
        self.table.setCellWidget(row, 1, kind)
        self.table.setItem(row, 2, QTableWidgetItem(", ".join(field.options) if field else ""))

    def fields(self) -> list[CustomField]:
        result = []
        for row in range(self.table.rowCount()):
            text = (self.table.item(row, 0) or QTableWidgetItem()).text()
            choices = (self.table.item(row, 2) or QTableWidgetItem()).text()
            if not text.strip() and not choices.strip():
                continue  # an empty row added and never filled
            result.append(CustomField(self.keys[row], text, self.table.cellWidget(row, 1).currentData(),
                                      tuple(c.strip() for c in choices.split(",") if c.strip())))
        return result

    def save(self) -> None:
        try:
            self.desk.save_custom_fields(self.fields())
        except InvalidFieldDefinition as error:
            self.error.setText(message_for(error))
            return
        self.accept()
