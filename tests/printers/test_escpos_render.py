"""ESC/POS bytes of every receipt kind, width and language, read back as a printer would."""
import pytest

from printers.config import PrinterConfig
from printers.devices import DummyPrinter
from printers.escpos_render import drawer_kick, render
from printers.layout import Line, layout
from shop.receipts import Qr
from tests.printers.conftest import HUNGARIAN_NAME, LANGUAGES, document
from tests.printers.escpos_stream import parse, raster_rows

KINDS = ("sale", "refund", "copy", "z_report")
# 58 mm default profile (32 columns), an Epson TM-T88V at 42 columns, 80 mm default profile (48)
PAPERS = (("default", 58), ("TM-T88V", 80), ("default", 80))
FIRST_PAGE = {"it": "CP858", "hu": "CP852", "ko": "CP437", "zh": "CP437"}


def is_subsequence(expected: list[str], actual: list[str]) -> bool:
    rest = iter(actual)
    return all(any(line == got for got in rest) for line in expected)


def expected_lines(doc, columns, image_only) -> tuple[list[str], list[str]]:
    """The layout's text lines split into those printed as text and those that must be pictures."""
    text, pictures = [], []
    for item in layout(doc, columns):
        if isinstance(item, Qr):
            continue
        if isinstance(item, Line):
            (pictures if any(image_only(ch) for ch in item.text) else text).append(item.text.rstrip())
    return text, pictures


def cjk(ch: str) -> bool:
    return ord(ch) >= 0x1100 and ch not in "€–"


@pytest.mark.parametrize("profile,paper", PAPERS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_receipt_reads_back_as_its_layout(shop, printed, kind, language, profile, paper):
    """Sent through the Dummy printer, text decodes to the layout in the selected code pages; CJK lines are full-width images."""
    doc = document(shop, printed, kind, language)
    config = PrinterConfig(transport="dummy", profile=profile, paper_mm=paper)
    printer = DummyPrinter(config)
    printer.send(render(doc, config))
    stream = parse(bytes(printer.sent), profile)
    columns = config.width_columns
    text, pictures = expected_lines(doc, columns, cjk)
    assert stream.kinds()[0] == "init" and stream.pages_used[0] == FIRST_PAGE[language]
    assert is_subsequence(text, stream.lines), [line for line in text if line not in stream.lines]
    assert not any(cjk(ch) for line in stream.lines for ch in line)
    if pictures:
        assert stream.images and all(width == columns * 12 for width, _ in stream.images)
    else:
        assert not stream.images
    assert stream.kinds()[-1] == "cut"
    barcodes = stream.find("barcode")
    if kind == "z_report":
        assert not barcodes and not stream.find("qr")
    else:
        assert barcodes == [("barcode", 73, "{B" + doc.number)]  # 73: CODE128 in GS k function B
        assert stream.find("qr") == [("qr", doc.qr_payload)]


def test_hungarian_accents_use_cp852_and_switch_for_the_euro(shop, printed):
    """ő and ű print from CP852; the € (absent from CP852) switches page and the next ő switches back."""
    doc = document(shop, printed, "sale", "hu")
    stream = parse(render(doc, PrinterConfig(paper_mm=80)))
    assert stream.pages_used[0] == "CP852"
    assert set(stream.pages_used) <= {"CP852", "CP858", "CP1252", "CP437"}
    euro_pages = [page for page in stream.pages_used if page in ("CP858", "CP1252")]
    assert euro_pages and stream.pages_used.count("CP852") >= 2  # back to CP852 after a euro amount
    name_line = next(line for line in stream.lines if line.startswith(HUNGARIAN_NAME[:20]))
    assert "Gyűrűs" in name_line and name_line.endswith("€ C")
    assert [line for line in stream.lines if "?" in line] == []


def test_italian_stays_on_one_page(shop, printed):
    """CP858 has every Italian letter and the euro sign: one ESC t for a whole Italian Z report."""
    stream = parse(render(document(shop, printed, "z_report", "it"), PrinterConfig(paper_mm=80)))
    assert stream.pages_used == ["CP858"]
    assert "CHIUSURA GIORNALIERA (Z)" in [line.strip() for line in stream.lines]


def test_a_foreign_letter_switches_page_only_for_itself(shop, printed):
    """The Hungarian product on an Italian receipt borrows CP852 for its ő/ű and returns for the euro."""
    stream = parse(render(document(shop, printed, "sale", "it"), PrinterConfig(paper_mm=80)))
    assert stream.pages_used[:2] == ["CP858", "CP852"] and len(stream.pages_used) == 3
    assert any(line.startswith("Gyűrűs kalács") for line in stream.lines)


@pytest.mark.parametrize("language,mode,codec", (("zh", "gb18030", "gb18030"), ("ko", "euc-kr", "euc_kr")))
@pytest.mark.parametrize("kind", KINDS)
def test_native_cjk_mode_sends_double_byte_text(shop, printed, language, mode, codec, kind):
    """With CJK firmware the Chinese/Korean lines go out as text between FS & and FS ., not as images."""
    doc = document(shop, printed, kind, language)
    config = PrinterConfig(paper_mm=80, cjk=mode)
    data = render(doc, config)
    stream = parse(data, double_byte=codec)
    text, _ = expected_lines(doc, config.width_columns, lambda ch: False)
    assert is_subsequence(text, stream.lines), [line for line in text if line not in stream.lines]
    assert not stream.images
    switches = [on for kind_, on in stream.find("cjk")]
    assert switches and switches == [True, False] * (len(switches) // 2)
    assert b"\x1c&" + "合计".encode(codec) in data if language == "zh" and kind != "z_report" else True


def test_native_mode_for_the_other_script_falls_back_to_images(shop, printed):
    """A GB18030 printer still gets Korean as pictures: its font has no Hangul."""
    doc = document(shop, printed, "sale", "ko")
    stream = parse(render(doc, PrinterConfig(paper_mm=80, cjk="gb18030")))
    assert stream.images and not stream.find("cjk")


def test_raster_lines_are_drawn(shop, printed):
    """The Korean title image has black dots in the middle of the paper, where the centred word is."""
    stream = parse(render(document(shop, printed, "sale", "ko"), PrinterConfig(paper_mm=58)))
    rows = raster_rows(stream.find("raster")[0])
    middle = [row[150:240] for row in rows]
    assert any("#" in row for row in middle)
    assert len(rows[0]) == 384


def test_printer_without_native_qr_or_barcodes_gets_pictures(shop, printed):
    """A Zjiang POS-5890 (no GS ( k, no GS k in its profile) gets QR and barcode as raster images."""
    doc = document(shop, printed, "sale", "it")
    stream = parse(render(doc, PrinterConfig(profile="POS-5890", paper_mm=58)), "POS-5890")
    assert not stream.find("qr") and not stream.find("barcode")
    assert len(stream.images) == 2
    assert stream.pages_used[0] == "CP858"


def test_the_scanned_barcode_finds_the_sale_for_a_return(shop, printed, till):
    """What the CODE128 encodes (after the code set B selector) is accepted by the till's refund search."""
    doc = document(shop, printed, "sale", "it")
    (barcode,) = parse(render(doc, PrinterConfig())).find("barcode")
    scanned = barcode[2].removeprefix("{B")
    sale, lines = till.find_receipt(scanned)
    assert sale.id == printed.sale_id and lines


def test_drawer_kick_uses_the_configured_pin_and_pulse():
    """Pin 5 with a 120 ms pulse is ESC p 1 60 60; pin 2 with 100 ms is ESC p 0 50 50."""
    assert drawer_kick(PrinterConfig(drawer_pin=5, drawer_on_ms=120, drawer_off_ms=120)) == b"\x1bp\x01\x3c\x3c"
    assert drawer_kick(PrinterConfig()) == b"\x1bp\x00\x32\x32"


@pytest.mark.parametrize("cjk", ("raster", "euc-kr"))
def test_korean_won_amounts(cjk):
    """₩ is in no code page and not in EUC-KR: lines with it are drawn, the rest print as text."""
    from tests.printers.test_golden import fixed_receipt

    doc = fixed_receipt("ko", "₩")
    config = PrinterConfig(paper_mm=80, cjk=cjk)
    stream = parse(render(doc, config), double_byte="euc_kr")
    lines = [item.text.rstrip() for item in layout(doc, config.width_columns) if isinstance(item, Line)]
    printable = (lambda line: "₩" not in line) if cjk == "euc-kr" else (lambda line: not any(cjk_(ch) for ch in line))
    assert is_subsequence([line for line in lines if printable(line)], stream.lines)
    assert not any("₩" in line for line in stream.lines)
    assert stream.images
    assert bool(stream.find("cjk")) == (cjk == "euc-kr")


def cjk_(ch: str) -> bool:
    return cjk(ch) or ch == "₩"
