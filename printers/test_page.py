"""The printer test page: what a shop owner prints to see that the new printer works.

It prints, in the receipt language, the shop name, how the printer is connected and set up, a
column ruler (does the paper width match?), the receipt language's own accented letters and the
Korean and Chinese samples (does the code page or CJK mode work?), a QR code and a barcode.
"""
import os
from pathlib import Path

from printers.config import PrinterConfig, preferred_codepage, profile_label
from printers.devices import PrinterStatus, open_printer
from printers.errors import PrinterNotConfigured, PrinterOffline
from printers.escpos_render import render
from shop.receipts import Barcode, Block, Qr, ReceiptDocument, Row, Rows, Rule, Text
from shop.settings import ShopSettings

WORDS = {
    "it": dict(title="PAGINA DI PROVA", printer="Stampante", connection="Collegamento", paper="Carta",
               columns="colonne", codepage="Code page", cjk="Cinese/coreano", drawer="Cassetto", none="nessuno",
               ok="Se leggi tutto, la stampante funziona."),
    "hu": dict(title="TESZTOLDAL", printer="Nyomtató", connection="Kapcsolat", paper="Papír", columns="oszlop",
               codepage="Kódlap", cjk="Kínai/koreai", drawer="Fiók", none="nincs",
               ok="Ha minden olvasható, a nyomtató működik."),
    "ko": dict(title="테스트 페이지", printer="프린터", connection="연결", paper="용지", columns="열",
               codepage="코드 페이지", cjk="한글/중국어", drawer="금전함", none="없음",
               ok="모두 읽을 수 있으면 프린터가 정상입니다."),
    "zh": dict(title="打印测试页", printer="打印机", connection="连接", paper="纸宽", columns="列",
               codepage="代码页", cjk="中文/韩文", drawer="钱箱", none="无", ok="以上内容清晰即打印机正常。"),
    "en": dict(title="TEST PAGE", printer="Printer", connection="Connection", paper="Paper", columns="columns",
               codepage="Code page", cjk="Chinese/Korean", drawer="Drawer", none="none",
               ok="If you can read all of this, the printer works."),
}
# Each language's letters that need the right code page, then the two CJK scripts.
SAMPLES = ("àèéìòù ÀÈÉÌÒÙ €", "őŐűŰ áéíóöúü ÁÉÍÓÖÚÜ", "한국어 테스트 ₩", "中文测试 ¥")
TEST_QR = "bottega://printer-test"
TEST_BARCODE = "TEST-0001"
TEST_PAGE_PDF = "test-page.pdf"  # the test page of a "pdf" printer, saved beside the receipts


def test_page_words(language: str) -> dict[str, str]:
    return WORDS.get(language.replace("-", "_").split("_")[0].lower(), WORDS["en"])


def test_page_document(settings: ShopSettings, config: PrinterConfig, language: str | None = None) -> ReceiptDocument:
    """A test page for `config`, in the receipt language unless `language` is given."""
    language = language or settings.receipt_language
    w = test_page_words(language)
    codepage = config.codepage if config.codepage != "auto" else f"auto ({preferred_codepage(config, language) or '-'})"
    drawer = w["none"] if config.drawer == "none" else (
        f"pin {config.drawer_pin}, {config.drawer_on_ms} ms" if config.drawer == "printer" else config.drawer_serial_port)
    columns = config.width_columns
    ruler = "".join(str(n % 10) for n in range(1, columns + 1))
    blocks: tuple[Block, ...] = (
        Text(settings.shop_name, bold=True, large=True),
        Text(w["title"], bold=True),
        Rule(),
        Rows((
            Row(w["printer"], profile_label(config.profile)),
            Row(w["connection"], f"{config.transport} {config.describe()}".strip()),
            Row(w["paper"], f"{config.paper_mm} mm, {columns} {w['columns']}"),
            Row(w["codepage"], codepage),
            Row(w["cjk"], config.cjk),
            Row(w["drawer"], drawer),
        )),
        Rule(),
        Text(ruler, align="left"),
        *(Text(sample, align="left") for sample in SAMPLES),
        Rule(),
        Qr(TEST_QR, w["ok"]),
        Barcode(TEST_BARCODE),
    )
    return ReceiptDocument(kind="test_page", number=TEST_BARCODE, language=language, title=w["title"], copy=False,
                           blocks=blocks, currency=settings.currency, header=(settings.shop_name,))


def print_test_page(config: PrinterConfig, settings: ShopSettings, language: str | None = None) -> str:
    """Print the test page with `config` (saved or not); returns where it went. Raises PrinterError."""
    document = test_page_document(settings, config, language)
    if config.transport == "pdf":  # no printer: the page is saved where the receipts will be
        from printers.queue import write_pdf

        return str(write_pdf(document, config, TEST_PAGE_PDF))
    printer = open_printer(config)
    try:
        printer.send(render(document, config))
    finally:
        printer.close()
    return config.describe()


def check_printer(config: PrinterConfig) -> PrinterStatus:
    """What the printer says about itself; a file or device path is checked for being writable, and
    a PDF folder for being writable or possible to create.

    Raises PrinterError when it cannot be reached (or is not configured).
    """
    if config.transport == "pdf":
        if not config.device_path:
            raise PrinterNotConfigured()
        folder = Path(config.device_path)
        existing = next((path for path in (folder, *folder.parents) if path.exists()), None)
        if existing is None or not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
            raise PrinterOffline(config.describe())
        return PrinterStatus(known=False)
    if config.transport == "file":
        if not config.device_path:
            raise PrinterNotConfigured()
        path = Path(config.device_path)
        writable = os.access(path, os.W_OK) if path.exists() else os.access(path.parent, os.W_OK)
        if not (path.parent.is_dir() and writable):
            raise PrinterOffline(config.describe())
        return PrinterStatus(known=False)
    printer = open_printer(config)
    try:
        return printer.status()
    finally:
        printer.close()
