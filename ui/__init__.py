"""The PySide6 front end: the only package that imports Qt.

Where to start: cli.py (the `bottega` command) -> app.py (open the database, sign in, open the
shift) -> till_window.py (the cashier's one screen). A screen reaches the shop through a facade:
the till's screens through `shop.till.Till`, the back office's pages through a desk of
`shop.office`. Work that may take time runs through tasks.py, the one place that leaves the UI
thread. Errors arrive as typed ShopErrors and are worded in one place per area (*_messages.py,
sync_texts.py); a class name never reaches a cashier.

    the till         till_window.py, till_header.py, sale_tables.py, cart_model.py, totals_panel.py,
                     till_line_actions.py, line_dialogs.py, payment_dialog.py,
                     refund_dialog.py, receipt_view.py, parked_dialog.py, cash_dialog.py,
                     open_shift_dialog.py, close_shift_dialog.py, zreport_view.py, scanner.py
    people           sign_in_dialog.py, pin_pad.py, approval_dialog.py
    customers        customer_area.py (the till's customer flows), customer_panel.py, customer_search.py,
                     customer_register.py, customer_edit.py, customer_actions.py, reservations_view.py,
                     reserve_dialog.py
    the back office  back_office.py (its window: pages opened by module name) and backoffice_*.py, one
                     per page; catalogue_*.py, product_editor.py, price_change_dialog.py,
                     custom_fields_dialog.py, customer_lists.py, report_chart.py, interval_chart.py
    devices & sync   printing.py, printer_setup.py, fiscal_link.py, sync_service.py, sync_settings.py,
                     sync_status.py, backup_service.py, owner_server_sign_in.py
    words            messages.py and *_messages.py, sync_texts.py, plural.py, style.py (look, fonts,
                     translations)
    without a window cli.py, *_cli.py, screenshots.py and *_screenshots.py (`bottega screenshot NAME`)
    shared widgets   dialog_parts.py, amount_edit.py, backoffice_form.py, file_dialogs.py, quick_key_button.py

ui/ may import printers/ and shop/; nothing imports ui/.
"""
