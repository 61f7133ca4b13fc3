"""Column headers, sheet names and PDF words of the exports, in the shop's receipt language.

The English words are marked for Babel (N_(key, English)); the accountant's language picks the
translation from resources/locale/<lang>/LC_MESSAGES/exports.po, compiled to .mo by
`python resources/locale/update.py`. Keys are stable; English is the fallback.
"""
from functools import lru_cache

from shop.receipt_labels import LANGUAGES, N_, catalogue

ENGLISH: dict[str, str] = {
    'journal': N_('journal', 'Sales journal'),
    'daily_vat': N_('daily_vat', 'Daily VAT'),
    'daily_totals': N_('daily_totals', 'Daily totals'),
    'payments': N_('payments', 'Payments'),
    'refunds': N_('refunds', 'Refunds'),
    'cash_movements': N_('cash_movements', 'Cash movements'),
    'discounts': N_('discounts', 'Discounts'),
    'z_reports': N_('z_reports', 'Z reports'),
    'kr_proof': N_('kr_proof', 'Sales by proof type (KR)'),
    'summary': N_('summary', 'Summary'),
    'receipt': N_('receipt', 'Receipt'),
    'datetime': N_('datetime', 'Date and time'),
    'day': N_('day', 'Day'),
    'till': N_('till', 'Till'),
    'cashier': N_('cashier', 'Cashier'),
    'customer': N_('customer', 'Customer'),
    'kind': N_('kind', 'Kind'),
    'refund_of': N_('refund_of', 'Refund of'),
    'sale': N_('sale', 'Sale'),
    'refund': N_('refund', 'Refund'),
    'net': N_('net', 'Net'),
    'vat': N_('vat', 'VAT'),
    'gross': N_('gross', 'Gross'),
    'rate': N_('rate', 'Rate'),
    'discount': N_('discount', 'Discount'),
    'total': N_('total', 'Receipt total'),
    'cash': N_('cash', 'Cash'),
    'card': N_('card', 'Card'),
    'points': N_('points', 'Points'),
    'deposit': N_('deposit', 'Deposit'),
    'electronic': N_('electronic', 'Electronic'),
    'other': N_('other', 'Other'),
    'method': N_('method', 'Method'),
    'count': N_('count', 'Count'),
    'amount': N_('amount', 'Amount'),
    'receipts': N_('receipts', 'Receipts'),
    'refunds_count': N_('refunds_count', 'Refunds (n.)'),
    'voids': N_('voids', 'Voids before payment (n.)'),
    'voided': N_('voided', 'Voided before payment'),
    'sales_net': N_('sales_net', 'Sales net'),
    'sales_vat': N_('sales_vat', 'Sales VAT'),
    'sales_gross': N_('sales_gross', 'Sales gross'),
    'refunds_net': N_('refunds_net', 'Refunds net'),
    'refunds_vat': N_('refunds_vat', 'Refunds VAT'),
    'refunds_gross': N_('refunds_gross', 'Refunds gross'),
    'original_datetime': N_('original_datetime', 'Original receipt time'),
    'reason': N_('reason', 'Reason'),
    'user': N_('user', 'User'),
    'z_number': N_('z_number', 'Z no.'),
    'opened': N_('opened', 'Opened'),
    'closed': N_('closed', 'Closed'),
    'closed_by': N_('closed_by', 'Closed by'),
    'sales_count': N_('sales_count', 'Sales (n.)'),
    'sales_total': N_('sales_total', 'Sales total'),
    'refunds_total': N_('refunds_total', 'Refunds total'),
    'discounts_total': N_('discounts_total', 'Discounts'),
    'net_total': N_('net_total', 'Net takings'),
    'cash_in': N_('cash_in', 'Cash in'),
    'cash_out': N_('cash_out', 'Cash out'),
    'expected': N_('expected', 'Expected'),
    'counted': N_('counted', 'Counted'),
    'difference': N_('difference', 'Difference'),
    'sku': N_('sku', 'SKU'),
    'product': N_('product', 'Product'),
    'line_gross': N_('line_gross', 'Line gross'),
    'card_proof': N_('card_proof', 'Card slip'),
    'cash_receipt': N_('cash_receipt', 'Cash receipt'),
    'no_proof': N_('no_proof', 'No proof'),
    'taxed_supply': N_('taxed_supply', 'Taxed supply'),
    'taxed_vat': N_('taxed_vat', 'Taxed VAT'),
    'exempt': N_('exempt', 'Exempt'),
    'totals': N_('totals', 'TOTAL'),
    'title': N_('title', 'Summary for the accountant'),
    'period': N_('period', 'Period'),
    'shop': N_('shop', 'Shop'),
    'vat_by_rate': N_('vat_by_rate', 'VAT by rate'),
    'by_method': N_('by_method', 'By payment method'),
    'daily_chart': N_('daily_chart', 'Daily takings'),
    'z_count': N_('z_count', 'Z reports'),
    'open_shifts': N_('open_shifts', 'Shifts still open (no Z report yet)'),
    'page': N_('page', 'Page'),
    'currency': N_('currency', 'Currency'),
    'rounding': N_('rounding', 'Cash rounding'),
}


@lru_cache(maxsize=16)
def words(language: str) -> dict[str, str]:
    """The export words for `language` ('it', 'zh_CN', 'ko-KR' ...); English when unknown."""
    translations = catalogue("exports", language)
    return {key: translations.pgettext(key, english) for key, english in ENGLISH.items()}


WORDS: dict[str, dict[str, str]] = {language: words(language) for language in LANGUAGES}
