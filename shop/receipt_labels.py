"""The fixed words of receipts and Z reports, in English, marked for Babel; the shop's receipt
language (not the cashier's) picks the translation from gettext catalogues compiled from
resources/locale/<lang>/LC_MESSAGES/receipts.po (`python resources/locale/update.py` extracts,
merges and compiles them). Each word has its key as context, so two keys with the same English
(a column "Total" and the bold "TOTAL") can differ in a language.
"""
import gettext
from functools import lru_cache
from importlib import resources

LANGUAGES = ("it", "hu", "ko", "zh", "en")
DOMAIN = "receipts"


def N_(context: str, message: str) -> str:  # the marker Babel looks for: N_:1c,2
    return message


ENGLISH: dict[str, str] = {
    'not_fiscal': N_('not_fiscal', 'NOT A FISCAL DOCUMENT'),
    'fiscal_doc': N_('fiscal_doc', 'Fiscal document'),
    'receipt': N_('receipt', 'RECEIPT'),
    'refund': N_('refund', 'REFUND'),
    'z_report': N_('z_report', 'Z REPORT'),
    'copy': N_('copy', 'COPY'),
    'invoice': N_('invoice', 'Invoice'),
    'number': N_('number', 'Receipt no.'),
    'date': N_('date', 'Date'),
    'cashier': N_('cashier', 'Cashier'),
    'till': N_('till', 'Till'),
    'vat_no': N_('vat_no', 'VAT no.'),
    'customer': N_('customer', 'Customer'),
    'subtotal': N_('subtotal', 'Subtotal'),
    'discount': N_('discount', 'Discount'),
    'total': N_('total', 'TOTAL'),
    'vat_summary': N_('vat_summary', 'VAT summary'),
    'rate': N_('rate', 'Rate'),
    'net': N_('net', 'Net'),
    'vat': N_('vat', 'VAT'),
    'gross': N_('gross', 'Gross'),
    'cash': N_('cash', 'Cash'),
    'card': N_('card', 'Card'),
    'change': N_('change', 'Change'),
    'refund_of': N_('refund_of', 'Refund of receipt'),
    'reason': N_('reason', 'Reason'),
    'thanks': N_('thanks', 'Thank you!'),
    'scan': N_('scan', 'Code for returns and loyalty'),
    'items': N_('items', 'Items'),
    'z_number': N_('z_number', 'Z no.'),
    'opened': N_('opened', 'Opened'),
    'closed': N_('closed', 'Closed'),
    'closed_by': N_('closed_by', 'Closed by'),
    'sales': N_('sales', 'Sales'),
    'refunds': N_('refunds', 'Refunds'),
    'discounts': N_('discounts', 'Discounts'),
    'net_total': N_('net_total', 'Net takings'),
    'payments': N_('payments', 'Payments'),
    'drawer': N_('drawer', 'Cash drawer'),
    'opening_float': N_('opening_float', 'Opening float'),
    'cash_in': N_('cash_in', 'Cash in'),
    'cash_out': N_('cash_out', 'Cash out'),
    'expected': N_('expected', 'Expected'),
    'counted': N_('counted', 'Counted'),
    'difference': N_('difference', 'Difference'),
    'per_kg': N_('per_kg', '/kg'),
    'points': N_('points', 'Points'),
    'points_earned': N_('points_earned', 'Points this purchase'),
    'points_balance': N_('points_balance', 'Points balance'),
    'rounding': N_('rounding', 'Rounding'),
    'to_pay': N_('to_pay', 'TO PAY'),
}


@lru_cache(maxsize=16)
def labels(language: str) -> dict[str, str]:
    """The receipt words for `language` ('it', 'hu_HU', 'zh-CN' ...); English when unknown."""
    translations = catalogue(DOMAIN, language)
    return {key: translations.pgettext(key, english) for key, english in ENGLISH.items()}


def catalogue(domain: str, language: str) -> gettext.NullTranslations:
    """The compiled catalogue of `domain` ("receipts", "exports") for `language`; English (no
    translation) when there is none."""
    base = language.replace("-", "_").split("_")[0].lower()
    folder = str(resources.files("resources").joinpath("locale"))
    return gettext.translation(domain, folder, languages=[base], fallback=True)


# The words of every receipt language, as a plain mapping (what printers/ and tests read).
LABELS: dict[str, dict[str, str]] = {language: labels(language) for language in LANGUAGES}
