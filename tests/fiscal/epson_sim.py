"""A stateful simulator of an Epson FP-81 II RT speaking fpmate XML, as a real HTTP server on loopback.

It keeps what a real RT keeps: the open receipt, the day's document counter and the Z number, the
departments and their VAT rates, daily totals per department and payment type, paper and cover,
and every document it issued (what the tests count). Faults are injected per request kind (`inject`):
  no_answer     read the request, issue nothing, never answer (the client times out)
  lost_reply    issue the document, then drop the connection without a reply
  cut           read half the request and drop the connection: the receipt is left open
  busy          answer success="false" code="EPTR_BUSY", issue nothing
  down          refuse the request at the HTTP level (503), issue nothing
"""
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SERIAL_DIGITS = "012345"  # with the factory and model codes below: serial 99MEX012345
RT_TYPE = "M"


def cents(text: str) -> int:
    return int((Decimal(text.replace(",", ".")) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def milli(text: str) -> int:
    return int(Decimal(text.replace(",", ".")) * 1000)


@dataclass
class Document:
    number: int
    z_number: int
    kind: str  # sale | refund | void
    day: date
    items: list = field(default_factory=list)  # (description, department, amount)
    payments: list = field(default_factory=list)  # (paymentType, index, amount)
    total: int = 0
    reference: str | None = None
    lottery: str | None = None
    messages: list = field(default_factory=list)
    adjustments: list = field(default_factory=list)


class EpsonSimulator:
    def __init__(self, departments: dict[int, int] | None = None, today: date | None = None):
        self.departments = departments or {1: 2200, 2: 1000, 3: 500, 4: 400, 5: 0}
        self.today = today or date(2026, 12, 4)
        self.z_number = 1  # the closure that will end the current day
        self.last_doc = 0
        self.documents: list[Document] = []
        self.closures: list[dict] = []
        self.open: Document | None = None
        self.paper_out = False
        self.cover_open = False
        self.faults: list[str] = []
        self.requests: list[str] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.server.server_address[1]}"

    @property
    def serial(self) -> str:
        return "99" + RT_TYPE + "EX" + SERIAL_DIGITS

    def start(self) -> "EpsonSimulator":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def fiscal_documents(self, kind: str | None = None) -> list[Document]:
        return [d for d in self.documents if kind is None or d.kind == kind]

    # --- protocol ----------------------------------------------------------------------------
    def status_digits(self) -> str:
        printer = "3" if (self.paper_out or self.cover_open) else "0"
        document = "0" if self.open is not None else "1"
        return f"{printer}01{document}0"

    def reply(self, success: bool = True, code: str = "", status: int = 2, **info) -> str:
        names = ",".join(info)
        fields = "".join(f"<{k}>{v}</{k}>" for k, v in info.items())
        return ('<?xml version="1.0" encoding="utf-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
                f'<soapenv:Body><response success="{str(success).lower()}" code="{code}" status="{status}">'
                f"<addInfo><elementList>{names}</elementList>{fields}</addInfo></response></soapenv:Body></soapenv:Envelope>")

    def handle(self, body: ET.Element, partial: bool = False) -> str:
        request = body[0]
        tag = request.tag
        if tag == "printerCommand":
            return self.command(request[0])
        if self.paper_out or self.cover_open:
            code = "EPTR_COVER_OPEN" if self.cover_open else "EPTR_REC_EMPTY"
            return self.reply(False, code, lastCommand="74", printerStatus=self.status_digits())
        if tag == "printerFiscalReport":
            return self.report(request[0])
        if tag == "printerFiscalReceipt":
            return self.receipt(request, partial)
        return self.reply(False, "SchemaError")

    def command(self, element: ET.Element) -> str:
        name = element.tag
        if name == "queryPrinterStatus":
            return self.reply(lastCommand="74", fpStatus=self.status_digits(), rtType=RT_TYPE, mfStatus="01", dailyOpen="1" if self.last_doc else "0")
        if name == "directIO" and element.get("command") == "1070":
            data = f"01{self.last_doc:04d}{self.z_number:04d}{self.today:%d%m%Y}"
            return self.reply(responseCommand="1070", responseData=data)
        if name == "directIO" and element.get("command") == "3217":
            return self.reply(responseCommand="3217", responseData="01" + SERIAL_DIGITS + "EX" + "99")
        if name == "resetPrinter":
            self.open = None  # an open receipt is cancelled: no document, no number
            return self.reply(printerStatus=self.status_digits())
        if name == "openDrawer":
            return self.reply(printerStatus=self.status_digits())
        return self.reply(False, "SchemaError")

    def report(self, element: ET.Element) -> str:
        daily = self.daily_amount()
        if element.tag == "printXReport":
            return self.reply(lastCommand="74", printerStatus=self.status_digits(), zRepNumber=str(self.z_number), dailyAmount=self.money(daily))
        if element.tag != "printZReport":
            return self.reply(False, "SchemaError")
        number = self.z_number
        self.closures.append({"z_number": number, "daily_amount": daily, "totals": self.totals()})
        self.z_number += 1
        self.last_doc = 0
        return self.reply(lastCommand="74", printerStatus=self.status_digits(), zRepNumber=str(number), dailyAmount=self.money(daily))

    @staticmethod
    def money(amount: int) -> str:
        return f"{Decimal(amount) / 100:.2f}".replace(".", ",")

    def day_documents(self) -> list[Document]:
        return [d for d in self.documents if d.z_number == self.z_number]

    def daily_amount(self) -> int:
        sign = {"sale": 1, "refund": -1, "void": -1}
        return sum(sign[d.kind] * d.total for d in self.day_documents())

    def totals(self) -> dict:
        """The day's totals per VAT rate and per payment type, as the RT sends them at closure."""
        sign = {"sale": 1, "refund": -1, "void": -1}
        vat: dict[int, int] = {}
        pay: dict[str, int] = {}
        for doc in self.day_documents():
            for _, department, amount in doc.items:
                rate = self.departments[department]
                vat[rate] = vat.get(rate, 0) + sign[doc.kind] * amount
            for payment_type, _, amount in doc.payments:
                pay[payment_type] = pay.get(payment_type, 0) + sign[doc.kind] * amount
        return {"vat": vat, "payments": pay}

    def receipt(self, request: ET.Element, partial: bool) -> str:
        elements = list(request)
        reference = next((e.get("message") for e in elements if e.tag == "printRecMessage" and e.get("messageType") == "4"), None)
        if reference and reference.startswith("VOID"):
            return self.void(reference)
        doc = Document(0, self.z_number, "refund" if reference else "sale", self.today, reference=reference)
        self.open = doc
        if partial:  # the connection was cut after the first half: the receipt stays open
            return ""
        subtotal_adjust = 0
        for element in elements:
            tag = element.tag
            if tag in ("printRecItem", "printRecRefund"):
                department = int(element.get("department"))
                if department not in self.departments:
                    self.open = None
                    return self.reply(False, "FP_INVALID_DEPARTMENT")
                amount = int((Decimal(milli(element.get("quantity"))) * cents(element.get("unitPrice")) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))
                doc.items.append((element.get("description"), department, amount))
            elif tag == "printRecItemAdjustment":
                description, department, amount = doc.items[-1]
                sign = -1 if element.get("adjustmentType") in ("0", "3") else 1
                doc.items[-1] = (description, department, amount + sign * cents(element.get("amount")))
                doc.adjustments.append(("item", element.get("adjustmentType"), cents(element.get("amount"))))
            elif tag == "printRecSubtotalAdjustment":
                sign = -1 if element.get("adjustmentType") in ("1", "2") else 1
                subtotal_adjust += sign * cents(element.get("amount"))
                doc.adjustments.append(("subtotal", element.get("adjustmentType"), cents(element.get("amount"))))
            elif tag == "printRecLotteryID":
                code = element.get("code", "")
                if len(code) != 8:
                    self.open = None
                    return self.reply(False, "FP_INVALID_LOTTERY")
                doc.lottery = code
            elif tag == "printRecTotal":
                doc.payments.append((element.get("paymentType"), element.get("index"), cents(element.get("payment"))))
            elif tag == "printRecMessage":
                doc.messages.append(element.get("message"))
        doc.total = sum(amount for _, _, amount in doc.items) + subtotal_adjust
        if subtotal_adjust:  # the rounding spreads over the departments: book it on the first
            description, department, amount = doc.items[0]
            doc.items[0] = (description, department, amount + subtotal_adjust)
        paid = sum(amount for _, _, amount in doc.payments)
        if paid < doc.total:
            self.open = None
            return self.reply(False, "FP_PAYMENT_SHORT")
        change = paid - doc.total
        if change:  # the change comes out of cash: the day's cash is what stayed in the drawer
            doc.payments = [(t, i, a - change) if t == "0" else (t, i, a) for t, i, a in doc.payments]
        return self.issue(doc)

    def void(self, reference: str) -> str:
        _, z, number, _day, _serial = reference.split()
        original = next((d for d in self.documents if d.z_number == int(z) and d.number == int(number) and d.kind == "sale"), None)
        if original is None or int(z) != self.z_number:
            return self.reply(False, "FP_VOID_NOT_ALLOWED")
        doc = Document(0, self.z_number, "void", self.today, list(original.items), list(original.payments), original.total, reference)
        return self.issue(doc)

    def issue(self, doc: Document) -> str:
        self.last_doc += 1
        doc.number = self.last_doc
        self.documents.append(doc)
        self.open = None
        return self.reply(
            lastCommand="74", printerStatus=self.status_digits(), fiscalReceiptNumber=str(doc.number),
            fiscalReceiptAmount=self.money(doc.total), fiscalReceiptDate=f"{self.today.day}/{self.today.month}/{self.today.year}",
            fiscalReceiptTime="12:00", zRepNumber=str(doc.z_number),
        )

    def inject(self, fault: str, on: str = "printerFiscalReceipt") -> None:
        """Make the next request of kind `on` (a request's root tag, or 'any') meet `fault`."""
        self.faults.append((on, fault))

    def take_fault(self, tag: str) -> str | None:
        for i, (on, fault) in enumerate(self.faults):
            if on in (tag, "any"):
                del self.faults[i]
                return fault
        return None

    # --- HTTP ---------------------------------------------------------------------------------
    def _handler(self):
        simulator = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                text = self.rfile.read(length).decode("utf-8")
                with simulator.lock:
                    fault = simulator.take_fault(_body(text)[0].tag)
                if fault == "cut":
                    with simulator.lock:
                        simulator.requests.append(text)
                        simulator.handle(_body(text), partial=True)
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                with simulator.lock:
                    simulator.requests.append(text)
                    if fault == "no_answer":
                        answer = None
                    elif fault == "busy":
                        answer = simulator.reply(False, "EPTR_BUSY", printerStatus=simulator.status_digits())
                    elif fault == "down":
                        answer = "down"
                    else:
                        answer = simulator.handle(_body(text))
                if fault == "no_answer":
                    simulator.release.wait(30)  # hold the line: the client's timeout decides
                    return
                if fault == "lost_reply":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if answer == "down":
                    self.send_error(503)
                    return
                data = answer.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.release = threading.Event()
        return Handler


def _body(text: str) -> ET.Element:
    """The element holding the request: the SOAP Body (Epson), or a wrapper around a bare root (Custom)."""
    root = ET.fromstring(text)
    if root.tag.endswith("Envelope"):
        return next(el for el in root if el.tag.endswith("Body"))
    body = ET.Element("Body")
    body.append(root)
    return body
