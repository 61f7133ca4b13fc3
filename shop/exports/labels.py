"""Column headers, sheet names and PDF words of the exports, in the shop's receipt language.

Like shop/receipt_labels.py, plain dictionaries: the accountant reads the shop's language, not
necessarily the cashier's. Keys are stable; English is the fallback.
"""
from shop.receipt_labels import LANGUAGES

_KEYS = (
    # tables (sheet names, at most 31 characters, and CSV file titles)
    "journal daily_vat daily_totals payments refunds cash_movements discounts z_reports kr_proof summary "
    # columns
    "receipt datetime day till cashier customer kind refund_of sale refund net vat gross rate discount total "
    "cash card points deposit electronic other method count amount receipts refunds_count voids voided "
    "sales_net sales_vat sales_gross refunds_net refunds_vat refunds_gross original_datetime reason user "
    "z_number opened closed closed_by sales_count sales_total refunds_total discounts_total net_total "
    "cash_in cash_out expected counted difference sku product line_gross card_proof cash_receipt no_proof "
    "taxed_supply taxed_vat exempt totals "
    # PDF summary
    "title period shop vat_by_rate by_method daily_chart z_count open_shifts page currency "
    # cash rounding (shop/cash_rounding.py)
    "rounding"
).split()

_WORDS = {
    "it": (
        "Giornale vendite|IVA giornaliera|Totali giornalieri|Pagamenti|Resi|Movimenti di cassa|Sconti|"
        "Chiusure Z|Prova di vendita (KR)|Riepilogo|"
        "Scontrino|Data e ora|Giorno|Cassa|Cassiere|Cliente|Tipo|Reso di|Vendita|Reso|Imponibile|IVA|Totale|"
        "Aliquota|Sconto|Totale documento|Contanti|Carta|Punti|Acconto|Elettronico|Altro|Metodo|Numero|Importo|"
        "Scontrini|Resi (n.)|Annullamenti prima del pagamento (n.)|Importo annullato prima del pagamento|"
        "Imponibile vendite|IVA vendite|Totale vendite|"
        "Imponibile resi|IVA resi|Totale resi|Data scontrino originale|Motivo|Utente|Chiusura n.|Apertura|"
        "Chiusura|Operatore|Vendite (n.)|Totale vendite|Totale resi|Sconti|Incasso netto|Versamenti|Prelievi|"
        "Atteso|Contato|Differenza|Codice|Articolo|Lordo riga|Carta (prova)|Scontrino fiscale elettronico|"
        "Nessuna prova|Imponibile tassato|IVA tassato|Esente|TOTALE|"
        "Riepilogo per il commercialista|Periodo|Negozio|IVA per aliquota|Per metodo di pagamento|"
        "Incasso giornaliero|Chiusure Z|Turni ancora aperti (senza chiusura Z)|Pagina|Valuta|Arrotondamento contanti"
    ),
    "hu": (
        "Értékesítési napló|Napi ÁFA|Napi összesítő|Fizetések|Visszáruk|Pénzmozgások|Kedvezmények|Z-zárások|"
        "Bizonylattípus (KR)|Összesítő|"
        "Nyugta|Dátum és idő|Nap|Pénztár|Pénztáros|Vásárló|Típus|Visszáru ehhez|Eladás|Visszáru|Nettó|ÁFA|"
        "Bruttó|Kulcs|Kedvezmény|Végösszeg|Készpénz|Bankkártya|Pontok|Előleg|Elektronikus|Egyéb|Mód|Darab|Összeg|"
        "Nyugták|Visszáruk (db)|Sztornó fizetés előtt (db)|Sztornózott összeg fizetés előtt|Eladás nettó|Eladás ÁFA|Eladás bruttó|"
        "Visszáru nettó|Visszáru ÁFA|Visszáru bruttó|Eredeti nyugta ideje|Ok|Felhasználó|Zárás sz.|Nyitás|"
        "Zárás|Zárta|Eladások (db)|Eladások összesen|Visszáruk összesen|Kedvezmények|Nettó forgalom|Befizetés|"
        "Kifizetés|Várt|Számolt|Eltérés|Cikkszám|Termék|Sor bruttó|Kártya (bizonylat)|Készpénzes nyugta (KR)|"
        "Nincs bizonylat|Adóköteles nettó|Adóköteles ÁFA|Adómentes|ÖSSZESEN|"
        "Összesítő a könyvelőnek|Időszak|Üzlet|ÁFA kulcsonként|Fizetési módonként|Napi bevétel|Z-zárások|"
        "Még nyitott műszakok (Z-zárás nélkül)|Oldal|Pénznem|Kerekítés"
    ),
    "ko": (
        "매출 일지|일별 부가세|일별 합계|결제|환불|현금 입출금|할인|일일 마감 (Z)|증빙 유형별 매출|요약|"
        "영수증|일시|날짜|계산대|계산원|고객|구분|원 영수증|판매|환불|공급가액|부가세|합계|세율|할인|"
        "거래 합계|현금|카드|포인트|예약금|전자 결제|기타|결제 수단|건수|금액|영수증 수|환불 건수|결제 전 취소 건수|"
        "결제 전 취소 금액|판매 공급가액|판매 부가세|판매 합계|환불 공급가액|환불 부가세|환불 합계|원 영수증 일시|"
        "사유|사용자|마감 번호|개시|마감|마감자|판매 건수|판매 합계|환불 합계|할인 합계|순매출|입금|출금|"
        "예상 금액|실제 금액|차액|상품 코드|상품|행 금액|신용카드 매출전표|현금영수증|증빙 없음|"
        "과세 공급가액|과세 부가세|면세|합계|"
        "세무사용 요약|기간|상점|세율별 부가세|결제 수단별|일별 매출|일일 마감|아직 마감되지 않은 근무|쪽|통화|현금 반올림"
    ),
    "zh": (
        "销售日记账|每日增值税|每日合计|支付|退款|现金收支|折扣|日结报表 (Z)|凭证类型 (KR)|汇总|"
        "单号|日期时间|日期|收银台|收银员|顾客|类型|原单号|销售|退款|不含税金额|税额|含税金额|税率|折扣|"
        "单据合计|现金|银行卡|积分|定金|电子支付|其他|支付方式|笔数|金额|小票数|退款笔数|付款前作废笔数|付款前作废金额|"
        "销售不含税|销售税额|销售含税|退款不含税|退款税额|退款含税|原单时间|原因|用户|日结号|开班|结班|"
        "操作员|销售笔数|销售合计|退款合计|折扣合计|净营业额|存入|取出|应有|实点|差额|商品编码|商品|行金额|"
        "银行卡凭证|现金收据|无凭证|应税不含税|应税税额|免税|合计|"
        "会计月度汇总|期间|店铺|按税率的增值税|按支付方式|每日营业额|日结报表|尚未日结的班次|页|货币|现金舍入"
    ),
    "en": (
        "Sales journal|Daily VAT|Daily totals|Payments|Refunds|Cash movements|Discounts|Z reports|"
        "Sales by proof type (KR)|Summary|"
        "Receipt|Date and time|Day|Till|Cashier|Customer|Kind|Refund of|Sale|Refund|Net|VAT|Gross|Rate|"
        "Discount|Receipt total|Cash|Card|Points|Deposit|Electronic|Other|Method|Count|Amount|Receipts|Refunds (n.)|"
        "Voids before payment (n.)|Voided before payment|Sales net|Sales VAT|Sales gross|Refunds net|Refunds VAT|Refunds gross|"
        "Original receipt time|Reason|User|Z no.|Opened|Closed|Closed by|Sales (n.)|Sales total|Refunds total|"
        "Discounts|Net takings|Cash in|Cash out|Expected|Counted|Difference|SKU|Product|Line gross|"
        "Card slip|Cash receipt|No proof|Taxed supply|Taxed VAT|Exempt|TOTAL|"
        "Summary for the accountant|Period|Shop|VAT by rate|By payment method|Daily takings|Z reports|"
        "Shifts still open (no Z report yet)|Page|Currency|Cash rounding"
    ),
}

WORDS: dict[str, dict[str, str]] = {}
for _language, _text in _WORDS.items():
    _values = _text.split("|")
    assert len(_values) == len(_KEYS), (_language, len(_values), len(_KEYS))
    WORDS[_language] = dict(zip(_KEYS, _values))
assert set(WORDS) == set(LANGUAGES)


def words(language: str) -> dict[str, str]:
    """The export words for `language` ('it', 'zh_CN', 'ko-KR' ...); English when unknown."""
    return WORDS.get(language.replace("-", "_").split("_")[0].lower(), WORDS["en"])
