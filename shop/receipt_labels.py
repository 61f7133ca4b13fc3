"""The fixed words of receipts and Z reports in each receipt language (the shop's, not the cashier's).

Plain dictionaries for now, shared by the ESC/POS and PDF renderers; DESIGN.md asks for
gettext/Babel catalogues for receipts, which is where these words should move.
"""

LANGUAGES = ("it", "hu", "ko", "zh", "en")

# One small catalogue per receipt language: receipts need a few dozen fixed words.
LABELS: dict[str, dict[str, str]] = {
    "it": dict(
        receipt="SCONTRINO", refund="RESO", z_report="CHIUSURA GIORNALIERA (Z)", copy="COPIA",
        invoice="Fattura", number="Scontrino n.", date="Data", cashier="Cassiere", till="Cassa",
        vat_no="P.IVA", customer="Cliente", subtotal="Subtotale", discount="Sconto", total="TOTALE",
        vat_summary="Riepilogo IVA", rate="Aliquota", net="Imponibile", vat="IVA", gross="Totale",
        cash="Contanti", card="Carta", change="Resto", refund_of="Reso dello scontrino", reason="Motivo",
        thanks="Grazie e arrivederci!", scan="Codice per resi e tessera", items="Articoli",
        z_number="Chiusura n.", opened="Apertura", closed="Chiusura", closed_by="Operatore",
        sales="Vendite", refunds="Resi", discounts="Sconti", net_total="Incasso netto",
        payments="Pagamenti", drawer="Cassa contanti", opening_float="Fondo cassa", cash_in="Versamenti",
        cash_out="Prelievi", expected="Atteso", counted="Contato", difference="Differenza", per_kg="/kg",
        points="Punti", points_earned="Punti di questa spesa", points_balance="Saldo punti",
        rounding="Arrotondamento", to_pay="DA PAGARE",
    ),
    "hu": dict(
        receipt="NYUGTA", refund="VISSZÁRU", z_report="NAPI ZÁRÁS (Z)", copy="MÁSOLAT",
        invoice="Számla", number="Nyugta sz.", date="Dátum", cashier="Pénztáros", till="Pénztár",
        vat_no="Adószám", customer="Vásárló", subtotal="Részösszeg", discount="Kedvezmény", total="ÖSSZESEN",
        vat_summary="ÁFA-összesítő", rate="Kulcs", net="Nettó", vat="ÁFA", gross="Bruttó",
        cash="Készpénz", card="Bankkártya", change="Visszajáró", refund_of="Visszáru a nyugtához", reason="Ok",
        thanks="Köszönjük a vásárlást!", scan="Kód visszáruhoz és törzskártyához", items="Tételek",
        z_number="Zárás sz.", opened="Nyitás", closed="Zárás", closed_by="Zárta",
        sales="Eladások", refunds="Visszáruk", discounts="Kedvezmények", net_total="Nettó forgalom",
        payments="Fizetések", drawer="Készpénz a kasszában", opening_float="Nyitó készpénz", cash_in="Befizetés",
        cash_out="Kifizetés", expected="Várt", counted="Számolt", difference="Eltérés", per_kg="/kg",
        points="Pontok", points_earned="E vásárlás pontjai", points_balance="Pontegyenleg",
        rounding="Kerekítés", to_pay="FIZETENDŐ",
    ),
    "ko": dict(
        receipt="영수증", refund="환불 영수증", z_report="일일 마감 (Z)", copy="사본",
        invoice="계산서", number="영수증 번호", date="일시", cashier="계산원", till="계산대",
        vat_no="사업자등록번호", customer="고객", subtotal="소계", discount="할인", total="합계",
        vat_summary="부가세 내역", rate="세율", net="공급가액", vat="부가세", gross="합계",
        cash="현금", card="카드", change="거스름돈", refund_of="원 영수증", reason="사유",
        thanks="감사합니다", scan="반품 및 멤버십 코드", items="품목 수",
        z_number="마감 번호", opened="개시", closed="마감", closed_by="마감자",
        sales="판매", refunds="환불", discounts="할인", net_total="순매출",
        payments="결제 수단", drawer="현금 시재", opening_float="준비금", cash_in="입금",
        cash_out="출금", expected="예상 금액", counted="실제 금액", difference="차액", per_kg="/kg",
        points="포인트", points_earned="이번 적립 포인트", points_balance="포인트 잔액",
        rounding="현금 반올림", to_pay="결제할 금액",
    ),
    "zh": dict(
        receipt="购物小票", refund="退款单", z_report="日结报表 (Z)", copy="副本",
        invoice="发票", number="单号", date="日期", cashier="收银员", till="收银台",
        vat_no="税号", customer="顾客", subtotal="小计", discount="折扣", total="合计",
        vat_summary="增值税明细", rate="税率", net="不含税金额", vat="税额", gross="含税金额",
        cash="现金", card="银行卡", change="找零", refund_of="原单号", reason="原因",
        thanks="谢谢惠顾，欢迎再来！", scan="退货及会员扫码", items="件数",
        z_number="日结号", opened="开班", closed="结班", closed_by="操作员",
        sales="销售", refunds="退款", discounts="折扣", net_total="净营业额",
        payments="支付方式", drawer="钱箱现金", opening_float="备用金", cash_in="存入",
        cash_out="取出", expected="应有", counted="实点", difference="差额", per_kg="/公斤",
        points="积分", points_earned="本次积分", points_balance="积分余额",
        rounding="现金舍入", to_pay="应付",
    ),
    "en": dict(
        receipt="RECEIPT", refund="REFUND", z_report="Z REPORT", copy="COPY",
        invoice="Invoice", number="Receipt no.", date="Date", cashier="Cashier", till="Till",
        vat_no="VAT no.", customer="Customer", subtotal="Subtotal", discount="Discount", total="TOTAL",
        vat_summary="VAT summary", rate="Rate", net="Net", vat="VAT", gross="Gross",
        cash="Cash", card="Card", change="Change", refund_of="Refund of receipt", reason="Reason",
        thanks="Thank you!", scan="Code for returns and loyalty", items="Items",
        z_number="Z no.", opened="Opened", closed="Closed", closed_by="Closed by",
        sales="Sales", refunds="Refunds", discounts="Discounts", net_total="Net takings",
        payments="Payments", drawer="Cash drawer", opening_float="Opening float", cash_in="Cash in",
        cash_out="Cash out", expected="Expected", counted="Counted", difference="Difference", per_kg="/kg",
        points="Points", points_earned="Points this purchase", points_balance="Points balance",
        rounding="Rounding", to_pay="TO PAY",
    ),
}


def labels(language: str) -> dict[str, str]:
    """The receipt words for `language` ('it', 'hu_HU', 'zh-CN' ...); English when unknown."""
    return LABELS.get(language.replace("-", "_").split("_")[0].lower(), LABELS["en"])
