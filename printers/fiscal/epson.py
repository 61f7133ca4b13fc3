"""Epson FP-81 II RT / FP-90III: the fpmate XML protocol, SOAP over HTTP POST to /cgi-bin/fpmate.cgi.

Requests are `printerFiscalReceipt` (sale, return, void), `printerFiscalReport` (Z and X) and
`printerCommand` (status, counters, drawer, reset). Every reply is `<response success code status>`
with an `addInfo` of named fields (fiscalReceiptNumber, fiscalReceiptAmount, fiscalReceiptDate,
zRepNumber, printerStatus, ...). Amounts and quantities go with a decimal comma, as the RT prints.
"""
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal

import httpx

from printers.fiscal.device import DeviceStatus, FiscalNoAnswer, FiscalRefused, post_to_device
from shop.fiscal import CASH, DISCOUNT, ELECTRONIC, NOT_PAID, Z_REPORT, Confirmation, FiscalDocument, FiscalSettings

PATH = "/cgi-bin/fpmate.cgi"
SOAP = '<?xml version="1.0" encoding="utf-8"?>\n<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>{}</s:Body></s:Envelope>'
DESCRIPTION_MAX = 38  # characters of an item description on the FP-81 II / FP-90III
# Payment kinds -> (paymentType, index): 0 cash, 2 credit or credit card, 5 not paid, 6 discount paid.
PAYMENT_TYPES = {CASH: ("0", "0"), ELECTRONIC: ("2", "1"), NOT_PAID: ("5", "0"), DISCOUNT: ("6", "1")}
PAYMENT_NAMES = {CASH: "CONTANTI", ELECTRONIC: "PAGAMENTO ELETTRONICO", NOT_PAID: "NON RISCOSSO", DISCOUNT: "SCONTO A PAGARE"}
# `code` of a refused request -> printers.fiscal error code.
REFUSALS = {"EPTR_REC_EMPTY": "paper_out", "EPTR_COVER_OPEN": "cover_open", "EPTR_BUSY": "busy", "FP_BUSY": "busy"}
COUNTERS_COMMAND = "1070"  # read the day's last document and Z numbers (layout: see _counters)
SERIAL_COMMAND = "3217"


def amount(cents: int) -> str:
    return f"{Decimal(cents) / 100:.2f}".replace(".", ",")


def quantity(qty_milli: int) -> str:
    text = f"{Decimal(qty_milli) / 1000:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def cents(text: str | None) -> int | None:
    if not text:
        return None
    return int((Decimal(text.replace(".", "").replace(",", ".") if "," in text else text) * 100).to_integral_value())


def rt_date(text: str | None) -> date | None:
    """'4/12/2026' or '04/12/2026' (d/m/yyyy) as a date."""
    if not text:
        return None
    day, month, year = (int(part) for part in text.strip().split("/"))
    return date(year, month, day)


def _element(parent: ET.Element, tag: str, **attributes) -> ET.Element:
    return ET.SubElement(parent, tag, {key: str(value) for key, value in attributes.items()})


def receipt_xml(document: FiscalDocument, operator: str = "1") -> str:
    """The `printerFiscalReceipt` of a sale, a return (printRecRefund) or a void."""
    root = ET.Element("printerFiscalReceipt")
    if document.reference is not None:
        # The reference comes first, as an additional description line (messageType 4).
        _element(root, "printRecMessage", operator=operator, messageType=4, index=1, font=1, message=document.reference.text())
        if document.is_void:
            return ET.tostring(root, encoding="unicode")
    _element(root, "beginFiscalReceipt", operator=operator)
    line = "printRecRefund" if document.reference is not None else "printRecItem"
    for item in document.items:
        _element(root, line, operator=operator, description=item.description[:DESCRIPTION_MAX],
                 quantity=quantity(item.qty_milli), unitPrice=amount(item.unit_price), department=item.department, justification=1)
        if item.discount:
            _element(root, "printRecItemAdjustment", operator=operator, adjustmentType=0, description="SCONTO",
                     amount=amount(item.discount), department=item.department, justification=2)
    if document.rounding:
        # The 5-cent cash rounding: a discount (1) or surcharge (6) on the subtotal, then the subtotal.
        _element(root, "printRecSubtotalAdjustment", operator=operator, adjustmentType=1 if document.rounding < 0 else 6,
                 description="ARROTONDAMENTO", amount=amount(abs(document.rounding)), justification=2)
        _element(root, "printRecSubtotal", operator=operator, option=1)
    if document.lottery_code:
        _element(root, "printRecLotteryID", operator=operator, code=document.lottery_code)
    for payment in document.payments:
        payment_type, index = PAYMENT_TYPES[payment.kind]
        _element(root, "printRecTotal", operator=operator, description=PAYMENT_NAMES[payment.kind],
                 payment=amount(payment.amount), paymentType=payment_type, index=index, justification=1)
    # Our idempotency id on the paper and in the RT's journal: a person can match slip and sale.
    _element(root, "printRecMessage", operator=operator, messageType=3, index=1, font=1,
             message=f"RIF. {document.receipt_number} {document.job_id[-12:]}"[:46])
    _element(root, "endFiscalReceipt", operator=operator)
    return ET.tostring(root, encoding="unicode")


def report_xml(kind: str, operator: str = "1", timeout_ms: int = 12000) -> str:
    root = ET.Element("printerFiscalReport")
    if kind == "z":
        _element(root, "printZReport", operator=operator, timeout=timeout_ms)
    else:
        _element(root, "printXReport", operator=operator)
    return ET.tostring(root, encoding="unicode")


def command_xml(tag: str, **attributes) -> str:
    root = ET.Element("printerCommand")
    _element(root, tag, **attributes)
    return ET.tostring(root, encoding="unicode")


class Reply:
    """A parsed fpmate reply: success, code, status and the addInfo fields by name."""

    def __init__(self, text: str):
        try:
            tree = ET.fromstring(text)
        except ET.ParseError as error:
            raise FiscalNoAnswer(f"unreadable reply: {error}") from error
        response = next((el for el in tree.iter() if el.tag.rsplit("}", 1)[-1] == "response"), None)
        if response is None:
            raise FiscalNoAnswer("reply without <response>")
        self.success = response.get("success", "").lower() in ("true", "1")
        self.code = response.get("code", "") or ""
        self.status = response.get("status", "") or ""
        self.info: dict[str, str] = {}
        for info in response.iter():
            name = info.tag.rsplit("}", 1)[-1]
            if name not in ("response", "addInfo", "elementList"):
                self.info[name] = (info.text or "").strip()

    def as_dict(self) -> dict:
        return {"success": self.success, "code": self.code, "status": self.status, **self.info}


def decode_status(printer_status: str) -> tuple[str | None, bool]:
    """The 5-digit printerStatus/fpStatus: digit 1 the printer (0 ok, 2 paper low, 3 offline: paper
    end or cover open), digit 4 the document (0 fiscal open, 3 payment under way, 1 closed ...)."""
    if len(printer_status) < 4:
        return "fault", False
    printer, document = printer_status[0], printer_status[3]
    problem = None if printer in "02" else ("paper_or_cover" if printer == "3" else "fault")
    return problem, document in "0358"


class EpsonFpMate:
    """One RT on the network. Not thread-safe: the fiscal worker is its only user."""

    def __init__(self, settings: FiscalSettings, client: httpx.Client | None = None):
        self.settings = settings
        address = settings.address if "://" in settings.address else f"http://{settings.address}"
        self.url = address.rstrip("/") + PATH
        self.timeout_ms = int(settings.timeout_s * 1000)
        self.client = client or httpx.Client(timeout=httpx.Timeout(settings.timeout_s + 2, connect=min(3.0, settings.timeout_s)))
        self.serial = settings.serial

    # --- transport ---------------------------------------------------------------------------
    def post(self, body: str, *, printing: bool) -> Reply:
        """Send one request. Never connected: FiscalRefused('offline'), nothing can have printed.
        Connected and then no complete reply: FiscalNoAnswer, it may have printed."""
        response = post_to_device(self.client, self.url, printing, params={"devid": "local_printer", "timeout": self.timeout_ms},
                                  content=SOAP.format(body).encode("utf-8"),
                                  headers={"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '""'})
        reply = Reply(response.text)
        if not reply.success:
            raise FiscalRefused(reply.code, code=REFUSALS.get(reply.code, reply.code.lower() or "refused"))
        return reply

    def close(self) -> None:
        self.client.close()

    # --- FiscalDevice ------------------------------------------------------------------------
    def status(self) -> DeviceStatus:
        reply = self.post(command_xml("queryPrinterStatus", operator=self.settings.operator, statusType=1), printing=False)
        raw = reply.info.get("fpStatus") or reply.info.get("printerStatus", "")
        problem, receipt_open = decode_status(raw)
        z_number, last_doc, day = self._counters()
        if not self.serial:
            self.serial = self._serial(reply.info.get("rtType", ""))
        return DeviceStatus(problem, receipt_open, z_number, last_doc, day, self.serial, reply.info.get("rtType", ""), raw)

    def _counters(self) -> tuple[int | None, int | None, date | None]:
        """directIO 1070 responseData: operator (2), the day's last document number (4), the number of
        the Z that will close the day (4), the RT's date ddmmyyyy (8)."""
        reply = self.post(command_xml("directIO", command=COUNTERS_COMMAND, data="01"), printing=False)
        data = reply.info.get("responseData", "")
        if len(data) < 18 or not data[:18].isdigit():
            return None, None, None
        day = date(int(data[14:18]), int(data[12:14]), int(data[10:12]))
        return int(data[6:10]), int(data[2:6]), day

    def _serial(self, rt_type: str) -> str:
        """The RT's serial (e.g. 99MEX012345) from directIO 3217, as Epson's drivers compose it."""
        try:
            reply = self.post(command_xml("directIO", command=SERIAL_COMMAND, data="00"), printing=False)
        except FiscalRefused:
            return ""
        data = reply.info.get("responseData", "")
        if len(data) < 12:
            return ""
        return data[10:12] + rt_type + data[8:10] + data[2:8]

    def print_document(self, document: FiscalDocument) -> Confirmation:
        if document.kind == Z_REPORT:
            return self.daily_closure()
        reply = self.post(receipt_xml(document, self.settings.operator), printing=True)
        info = reply.info
        number = info.get("fiscalReceiptNumber")
        if not number:  # printed, but the reply does not say which: the counters will
            raise FiscalNoAnswer("reply without fiscalReceiptNumber")
        return Confirmation(
            int(number), int(info["zRepNumber"]) if info.get("zRepNumber") else None, rt_date(info.get("fiscalReceiptDate")),
            self.serial, cents(info.get("fiscalReceiptAmount")), reply.as_dict(),
        )

    def daily_closure(self) -> Confirmation:
        reply = self.post(report_xml("z", self.settings.operator, max(self.timeout_ms, 12000)), printing=True)
        info = reply.info
        z_number = int(info["zRepNumber"]) if info.get("zRepNumber") else None
        return Confirmation(None, z_number, None, self.serial, cents(info.get("dailyAmount")), reply.as_dict())

    def x_report(self) -> Confirmation:
        reply = self.post(report_xml("x", self.settings.operator), printing=False)
        info = reply.info
        return Confirmation(None, int(info["zRepNumber"]) if info.get("zRepNumber") else None, None, self.serial,
                            cents(info.get("dailyAmount")), reply.as_dict())

    def cancel_open_receipt(self) -> None:
        """A receipt left open by a cut request: resetPrinter cancels it (no document is issued)."""
        self.post(command_xml("resetPrinter", operator=self.settings.operator), printing=False)

    def open_drawer(self) -> None:
        self.post(command_xml("openDrawer", operator=self.settings.operator), printing=False)
