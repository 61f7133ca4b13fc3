"""The same simulated RT speaking the Custom dialect (/xml/printer.htm): bare XML, integer thousandths
and cents, `fiscalDoc`/`nClose`/`dateTime` in replies, `beginRtDocAnnulment` for a void. Requests are
translated to the Epson simulator's elements, so counters, faults and documents are shared."""
import xml.etree.ElementTree as ET
from decimal import Decimal

from tests.fiscal.epson_sim import EpsonSimulator

ITEM_ADJUST = {"3": "0", "2": "5"}  # Custom discount/surcharge on a department -> Epson item adjustment
SUBTOTAL_ADJUST = {"3": "1", "2": "6"}


def _comma(value: str, places: int) -> str:
    return f"{Decimal(int(value)) / (10 ** places):.{places}f}".replace(".", ",")


class CustomSimulator(EpsonSimulator):
    def reply(self, success: bool = True, code: str = "", status: int = 0, **info) -> str:
        names = ",".join(info)
        fields = "".join(f"<{k}>{v}</{k}>" for k, v in info.items())
        return (f'<?xml version="1.0" encoding="utf-8"?><response success="{str(success).lower()}" status="{code or status}">'
                f"<addInfo><elementList>{names}</elementList>{fields}</addInfo></response>")

    def command(self, element: ET.Element) -> str:
        if element.tag == "queryPrinterStatus":
            return self.reply(lastCommand="74", dateTime=f"{self.today.isoformat()}T12:00:00", printerStatus=self.status_digits(),
                              fpStatus="000", receiptStep="1" if self.open is not None else "0",
                              nClose=f"{self.z_number:04d}", fiscalDoc=f"{self.last_doc:04d}")
        return super().command(element)

    def receipt(self, request: ET.Element, partial: bool) -> str:
        converted = ET.Element("printerFiscalReceipt")
        for element in request:
            tag, a = element.tag, element.attrib
            if tag == "beginRtDocAnnulment":
                message = f"VOID {a['docRefZ']} {a['docRefNumber']} {a['docDate']} {a['fiscalSerial']}"
                ET.SubElement(converted, "printRecMessage", messageType="4", message=message)
            elif tag == "printRecItem":
                ET.SubElement(converted, "printRecItem", description=a["description"], quantity=_comma(a["quantity"], 3),
                              unitPrice=_comma(a["unitPrice"], 2), department=a["department"])
            elif tag == "printRecItemAdjustment":
                ET.SubElement(converted, tag, adjustmentType=ITEM_ADJUST[a["adjustmentType"]], amount=_comma(a["amount"], 2))
            elif tag == "printRecSubtotalAdjustment":
                ET.SubElement(converted, tag, adjustmentType=SUBTOTAL_ADJUST[a["adjustmentType"]], amount=_comma(a["amount"], 2))
            elif tag == "setLotteryCode":
                ET.SubElement(converted, "printRecLotteryID", code=a["code"])
            elif tag == "printRecTotal":
                ET.SubElement(converted, tag, payment=_comma(a["payment"], 2), paymentType=a["paymentType"], index="1")
            elif tag == "printRecMessage":
                ET.SubElement(converted, tag, messageType=a.get("messageType", "3"), message=a.get("message", ""))
        return super().receipt(converted, partial)

    def issue(self, doc) -> str:
        super().issue(doc)
        return self.reply(lastCommand="74", dateTime=f"{self.today.isoformat()}T12:00:00", printerStatus=self.status_digits(),
                          fpStatus="000", receiptStep="0", nClose=f"{doc.z_number:04d}", fiscalDoc=f"{doc.number:04d}")
