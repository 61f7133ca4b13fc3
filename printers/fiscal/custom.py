"""Custom RT printers (e.g. Custom "Q3X RT", "K3 RT"): Custom's XML over HTTP POST to /xml/printer.htm.

Same request roots as Epson's fpmate (`printerFiscalReceipt`, `printerFiscalReport`,
`printerCommand`) but no SOAP envelope, Basic authentication with the RT's serial, quantities in
thousandths and amounts in cents as integers, and the reply's numbers named `fiscalDoc` and
`nClose` (with `dateTime`). Written from a published open-source client (lyancoder/fiscal-printer),
not from Custom's manual: see the notes in /work/notes/fiscal-report.md. Returns (reso) are not sent
yet: such a job stays 'failed' with code 'unsupported' and is shown as not fiscal.
"""
import base64
import xml.etree.ElementTree as ET
from datetime import date

import httpx

from printers.fiscal.device import DeviceStatus, FiscalNoAnswer, FiscalRefused, post_to_device
from printers.fiscal.epson import REFUSALS, Reply, decode_status
from shop.fiscal import CASH, DISCOUNT, ELECTRONIC, NOT_PAID, Z_REPORT, Confirmation, FiscalDocument, FiscalSettings

PATH = "/xml/printer.htm"
HEADER = '<?xml version="1.0" encoding="utf-8" standalone="yes"?>'
DESCRIPTION_MAX = 38
PAYMENT_TYPES = {CASH: "0", ELECTRONIC: "2", NOT_PAID: "5", DISCOUNT: "6"}


def _element(parent: ET.Element, tag: str, **attributes) -> ET.Element:
    return ET.SubElement(parent, tag, {key: str(value) for key, value in attributes.items()})


def _number(info: dict, name: str) -> int | None:
    value = info.get(name, "")
    return int(value) if value.isdigit() else None


def _day(info: dict) -> date | None:
    text = info.get("dateTime", "")
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def receipt_xml(document: FiscalDocument) -> str:
    root = ET.Element("printerFiscalReceipt")
    if document.is_void:
        ref = document.reference
        _element(root, "beginRtDocAnnulment", docRefZ=f"{ref.z_number:04d}", docRefNumber=f"{ref.doc_number:04d}",
                 docDate=f"{ref.day:%d%m%Y}", fiscalSerial=ref.serial, checkOnly=0)
        for item in document.items:
            _element(root, "printRecItem", description=item.description[:DESCRIPTION_MAX], quantity=item.qty_milli,
                     unitPrice=item.unit_price, department=item.department)
        return HEADER + ET.tostring(root, encoding="unicode")
    _element(root, "beginFiscalReceipt")
    if document.lottery_code:
        _element(root, "setLotteryCode", code=document.lottery_code)
    for item in document.items:
        _element(root, "printRecItem", description=item.description[:DESCRIPTION_MAX], quantity=item.qty_milli,
                 unitPrice=item.unit_price, department=item.department)
        if item.discount:
            _element(root, "printRecItemAdjustment", description="SCONTO", amount=item.discount, adjustmentType=3, department=item.department)
    if document.rounding:
        _element(root, "printRecSubtotalAdjustment", description="ARROTONDAMENTO", amount=abs(document.rounding),
                 adjustmentType=3 if document.rounding < 0 else 2)
        _element(root, "printRecSubtotal")
    for payment in document.payments:
        _element(root, "printRecTotal", description=payment.kind.upper(), payment=payment.amount, paymentType=PAYMENT_TYPES[payment.kind])
    _element(root, "printRecMessage", message=f"RIF. {document.receipt_number} {document.job_id[-12:]}"[:42], messageType=3, font=1)
    _element(root, "endFiscalReceiptCut")
    return HEADER + ET.tostring(root, encoding="unicode")


class CustomRT:
    def __init__(self, settings: FiscalSettings, client: httpx.Client | None = None):
        self.settings = settings
        address = settings.address if "://" in settings.address else f"http://{settings.address}"
        self.url = address.rstrip("/") + PATH
        self.client = client or httpx.Client(timeout=httpx.Timeout(settings.timeout_s + 2, connect=min(3.0, settings.timeout_s)))
        self.serial = settings.serial

    def post(self, body: str, *, printing: bool) -> Reply:
        token = base64.b64encode(f"{self.serial}:{self.serial}".encode()).decode()
        response = post_to_device(self.client, self.url, printing, content=body.encode("utf-8"),
                                  headers={"Content-Type": "text/plain", "Authorization": f"Basic {token}"})
        reply = Reply(response.text)
        if not reply.success:
            code = reply.code or reply.status
            raise FiscalRefused(code, code=REFUSALS.get(code, f"custom_{code}".lower()))
        return reply

    def close(self) -> None:
        self.client.close()

    def status(self) -> DeviceStatus:
        """queryPrinterStatus; the counters (`nClose`, `fiscalDoc`) when the RT's reply carries them,
        else None, and a lost reply then waits for a person instead of a resend."""
        root = ET.Element("printerCommand")
        _element(root, "queryPrinterStatus")
        reply = self.post(HEADER + ET.tostring(root, encoding="unicode"), printing=False)
        raw = reply.info.get("printerStatus", "")
        problem, _ = decode_status(raw)
        receipt_open = reply.info.get("receiptStep", "0") not in ("", "0")
        return DeviceStatus(problem, receipt_open, _number(reply.info, "nClose"), _number(reply.info, "fiscalDoc"),
                            _day(reply.info), self.serial, "custom", raw)

    def print_document(self, document: FiscalDocument) -> Confirmation:
        if document.kind == Z_REPORT:
            return self.daily_closure()
        if document.reference is not None and not document.is_void:
            raise FiscalRefused("returns are not sent to Custom RTs yet", code="unsupported")
        reply = self.post(receipt_xml(document), printing=True)
        number = _number(reply.info, "fiscalDoc")
        if number is None:
            raise FiscalNoAnswer("reply without fiscalDoc")
        return Confirmation(number, _number(reply.info, "nClose"), _day(reply.info), self.serial, None, reply.as_dict())

    def _report(self, tag: str) -> Reply:
        root = ET.Element("printerFiscalReport")
        _element(root, tag, operator=self.settings.operator)
        return self.post(HEADER + ET.tostring(root, encoding="unicode"), printing=tag == "printZReport")

    def daily_closure(self) -> Confirmation:
        reply = self._report("printZReport")
        return Confirmation(None, _number(reply.info, "zRepNumber") or _number(reply.info, "nClose"), None, self.serial,
                            _cents(reply.info.get("dailyAmount")), reply.as_dict())

    def x_report(self) -> Confirmation:
        reply = self._report("printXReport")
        return Confirmation(None, None, None, self.serial, _cents(reply.info.get("dailyAmount")), reply.as_dict())

    def cancel_open_receipt(self) -> None:
        root = ET.Element("printerCommand")
        _element(root, "resetPrinter", operator=self.settings.operator)
        self.post(HEADER + ET.tostring(root, encoding="unicode"), printing=False)

    def open_drawer(self) -> None:
        root = ET.Element("printerCommand")
        _element(root, "openDrawer")
        self.post(HEADER + ET.tostring(root, encoding="unicode"), printing=False)


def _cents(text: str | None) -> int | None:
    from printers.fiscal.epson import cents

    return cents(text)
